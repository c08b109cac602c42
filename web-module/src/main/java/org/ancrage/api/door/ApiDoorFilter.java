package org.ancrage.api.door;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's door, after authentication and before any resource: nothing of the API is kept by a
 * cache; a write (POST, PUT, PATCH, and DELETE with a body) carries JSON — a cross-site form can
 * only send {@code text/plain}, {@code application/x-www-form-urlencoded} or
 * {@code multipart/form-data}, so it is refused here with a 415 even if it ever got past
 * authentication — except the document upload, which takes the file's bytes
 * ({@code application/octet-stream}); and whatever goes wrong below — the container's own errors
 * included — leaves as JSON, never as the server's HTML page.
 */
@WebFilter(urlPatterns = "/*")
public class ApiDoorFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ApiDoorFilter.class.getName());
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    private static final Set<Integer> SAID = Set.of(400, 401, 403, 404, 405, 406, 415);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ApiPaths.isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (!acceptableBody(request)) {
            DoorErrors.write(request, response, 415, "unsupported-media-type", "api.contentType");
            return;
        }
        HttpServletResponse json = new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status, String message) throws IOException {
                sendError(status);
            }

            @Override
            public void sendError(int status) throws IOException {
                error(request, response, status);
            }
        };
        try {
            chain.doFilter(request, json);
        } catch (IOException | ServletException | RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "API failure outside the resources, reference " + reference, e);
            error(request, response, 500);
        }
    }

    static void error(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        String key = SAID.contains(status) ? "api.http." + status : status >= 500 ? "api.http.500" : "api.http.400";
        DoorErrors.write(request, response, status, status >= 500 ? "internal" : "http-" + status, key);
    }

    private static boolean acceptableBody(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        boolean write = WRITES.contains(method)
                || "DELETE".equals(method) && (request.getContentLengthLong() > 0
                        || request.getHeader("Transfer-Encoding") != null || request.getContentType() != null);
        if (!write) {
            return true;
        }
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (media.equals("application/json") || media.startsWith("application/") && media.endsWith("+json")) {
            return true;
        }
        return media.equals("application/octet-stream") && ApiPaths.takesUpload(request);
    }
}
