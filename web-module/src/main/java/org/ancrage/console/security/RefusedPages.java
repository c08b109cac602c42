package org.ancrage.console.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A console page refused by a role constraint of {@code web.xml} (a social worker opening an
 * administration page): the container answers 403 with the error page, on its way to which this
 * writes the refusal to the trail. The API's own 403s are JSON answers, recorded by the API.
 */
@WebFilter(urlPatterns = "/error.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPages extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status) && uri != null
                && !uri.toString().startsWith(request.getContextPath() + "/api")) {
            RoleRefusals.record(request, "page " + uri);
        }
        chain.doFilter(request, response);
    }
}
