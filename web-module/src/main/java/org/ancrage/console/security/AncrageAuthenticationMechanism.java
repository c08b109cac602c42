package org.ancrage.console.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One way in, two doors. The console: our own login form, whose backing bean hands the
 * credentials over through {@code SecurityContext.authenticate}; a protected page without a
 * session goes to the login page (saying so when the session expired, in a partial response when
 * the request was Faces Ajax); the session then carries the login. The REST API under
 * {@code /api/}: HTTP Basic on every request, never a redirect, 401 with a challenge. Both
 * check the same identity store.
 */
@ApplicationScoped
public class AncrageAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BASIC = "Basic ";
    private static final String SESSION_CALLER = AncrageAuthenticationMechanism.class.getName() + ".caller";

    /** Who logged in to the console, kept in the HTTP session. */
    private record SessionCaller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SESSION_CALLER,
                        new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            String login = request.getContextPath() + "/login.xhtml";
            if (sessionExpired(request)) {
                // Back to the same page after the login: the page the Ajax request came from, or the one asked.
                String page = request.getRequestURI().substring(request.getContextPath().length())
                        + ("GET".equals(request.getMethod()) && request.getQueryString() != null
                                ? "?" + request.getQueryString() : "");
                login += "?expired=true" + (LoginBacking.isConsolePage(page)
                        ? "&continue=" + URLEncoder.encode(page, StandardCharsets.UTF_8) : "");
            }
            return isFacesAjax(request) ? partialRedirect(response, login) : context.redirect(login);
        }
        return context.doNothing();
    }

    /**
     * A protected page asked without a login, by someone who had one: the browser sent a session
     * that no longer exists, or a page of the console posts back (an Ajax request comes only
     * from a page shown while logged in).
     */
    private static boolean sessionExpired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                || isFacesAjax(request);
    }

    private static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /**
     * An Ajax request cannot follow an HTTP redirect to a full page: Faces' partial response tells
     * the page to go to the login page itself. Committed here, so the container adds nothing.
     */
    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url) {
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + url.replace("&", "&amp;") + "\"></redirect></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                        decoded.substring(0, colon), decoded.substring(colon + 1)));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"ancrage\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
