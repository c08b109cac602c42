package org.ancrage.console.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.ancrage.security.AccountService;

/**
 * Someone who logged in with a temporary password (an administrator's reset) reaches no page of
 * the console but the password page until they have chosen their own. The account is asked once
 * per session when it need not change anything, on each request while it must.
 */
@WebFilter("/app/*")
public class TemporaryPasswordFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/app/account/password.xhtml";
    private static final String CHECKED = TemporaryPasswordFilter.class.getName() + ".checked";

    @EJB
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() == null || session == null || session.getAttribute(CHECKED) != null
                || request.getServletPath().equals(PASSWORD_PAGE)
                || request.getRequestURI().contains("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!accounts.callerMustChangePassword()) {
            session.setAttribute(CHECKED, Boolean.TRUE);
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + PASSWORD_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }
}
