package org.ancrage.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. The Content-Security-Policy itself comes from PrimeFaces'
 * CSP mode (nonces on its scripts); this adds framing, plugin and form-target limits, and what the
 * browser needs besides. HSTS only over TLS, where it means something.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers, once. Also called by the authentication mechanism, which answers 302 and 401
     * before any filter runs: those responses carry the headers too.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader("X-Frame-Options")) {
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // A second policy beside PrimeFaces' script nonces: browsers enforce both.
        response.addHeader("Content-Security-Policy",
                "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (request.getRequestURI().contains("/app/") || org.ancrage.api.door.ApiPaths.isApi(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
