package org.ancrage.api.door;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request is the API's. Decided twice, and either answer is enough: where the container
 * sends it (the JAX-RS servlet, whose servlet path is {@code /api}), and what the URI says once
 * normalised the way a server might read it — percent-decoded (twice over), path parameters
 * ({@code ;jsessionid}, {@code ;x}) dropped, repeated slashes, {@code .} and {@code ..} resolved,
 * in any case. So {@code /ancrage/api;households/1}, {@code /ancrage//api/…},
 * {@code /ancrage/./api/…}, {@code /ancrage/api%3Bx/…} and {@code /ancrage/API/…} are all the API.
 */
public final class ApiPaths {

    /** The families of the API that take an upload's bytes rather than JSON: a referral's documents, a file to import. */
    private static final Pattern UPLOAD = Pattern.compile("/(referrals|households)/[^/]+/documents/?|/imports/?");

    private ApiPaths() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        if (servletPath != null && isApiPath(servletPath)) {
            return true;
        }
        return isApiUri(request.getRequestURI(), request.getContextPath());
    }

    /** Whether a raw request URI, under {@code contextPath}, is the API's. */
    public static boolean isApiUri(String requestUri, String contextPath) {
        if (requestUri == null) {
            return false;
        }
        String path = normalise(requestUri);
        String context = normalise(contextPath == null ? "" : contextPath);
        if (path == null) {
            // Undecodable: whatever it is, it is not a page of the console; treat it as the API.
            return true;
        }
        if (context == null) {
            return false;
        }
        if (!context.isEmpty() && !path.equals(context) && !path.startsWith(context + "/")) {
            return false;
        }
        return isApiPath(path.substring(context.length()));
    }

    /** The path inside the API ({@code /referrals/3/documents}), normalised; null when not the API. */
    public static String pathInApi(HttpServletRequest request) {
        String path = normalise(request.getRequestURI());
        String context = normalise(request.getContextPath());
        if (path == null || context == null || !path.startsWith(context)) {
            return null;
        }
        String inApp = path.substring(context.length());
        return isApiPath(inApp) ? inApp.substring("/api".length()) : null;
    }

    /** Whether a write to this path may carry an upload's bytes instead of JSON. */
    public static boolean takesUpload(HttpServletRequest request) {
        String inApi = pathInApi(request);
        return inApi != null && UPLOAD.matcher(inApi).matches();
    }

    private static boolean isApiPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.equals("/api") || p.startsWith("/api/");
    }

    /**
     * Decoded (at most three times, until stable), path parameters dropped from each segment, empty
     * and {@code .} segments dropped, {@code ..} resolved, lower case; null when undecodable.
     */
    static String normalise(String raw) {
        String decoded = raw;
        for (int i = 0; i < 3 && decoded.indexOf('%') >= 0; i++) {
            try {
                decoded = java.net.URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.replace('\\', '/').split("/")) {
            int semicolon = segment.indexOf(';');
            String s = semicolon >= 0 ? segment.substring(0, semicolon) : segment;
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                segments.pollLast();
                continue;
            }
            segments.addLast(s.toLowerCase(Locale.ROOT));
        }
        return segments.isEmpty() ? "" : "/" + String.join("/", segments);
    }
}
