package org.ancrage.api.door;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.ancrage.system.DomainMessages;

/**
 * The API's error body written by servlet-level code — authentication, the door's filter, the
 * container's error pages — where no JAX-RS mapper runs: the same
 * {@code {"status":…,"error":…,"message":…,"fields":[]}} as {@code ApiErrors}, in the caller's
 * language, never an empty body or the server's HTML page.
 */
public final class DoorErrors {

    private DoorErrors() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String error,
            String messageKey) throws IOException {
        String message = DomainMessages.text(messageKey, locale(request));
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        byte[] body = ("{\"status\":" + status + ",\"error\":" + quote(error) + ",\"message\":" + quote(message)
                + ",\"fields\":[]}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** English when the caller puts it first, French otherwise (and on any unreadable header). */
    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.FRENCH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return ranges.isEmpty() || !ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("en")
                    ? Locale.FRENCH : Locale.ENGLISH;
        } catch (IllegalArgumentException e) {
            return Locale.FRENCH;
        }
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
