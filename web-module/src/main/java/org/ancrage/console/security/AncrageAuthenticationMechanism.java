package org.ancrage.console.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
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
import org.ancrage.api.door.ApiCredentials;
import org.ancrage.api.door.ApiPaths;
import org.ancrage.api.door.DoorErrors;
import org.ancrage.security.AccountService;
import org.ancrage.security.LoginEvent;
import org.ancrage.security.LoginOutcome;
import org.ancrage.security.SecurityStamps;

/**
 * One way in, two doors. The console: our own login form, whose backing bean hands the
 * credentials over through {@code SecurityContext.authenticate}; a protected page without a
 * session goes to the login page (saying so when the session expired, in a partial response when
 * the request was Faces Ajax); the session then carries the login, as long as the account's
 * security stamp is the one it logged in under (a changed password, a closed or locked account end
 * it at its next request). Only a session named by the cookie counts, never one named in the URL.
 *
 * <p>The REST API — decided by {@link ApiPaths}, whatever the URL's spelling — never uses the
 * session: HTTP Basic or an API key ({@code Authorization: Bearer}) on every request, never a
 * redirect; a 401 is JSON with the challenges.
 */
@ApplicationScoped
public class AncrageAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    private static final String SESSION_CALLER = AncrageAuthenticationMechanism.class.getName() + ".caller";
    /** The outcome of a console login, for the login page's message. */
    static final String LOGIN_STATUS = AncrageAuthenticationMechanism.class.getName() + ".status";

    /** Who logged in to the console, kept in the HTTP session, and under which security stamp. */
    private record SessionCaller(String name, Set<String> groups, String stamp) implements Serializable {
    }

    @EJB
    private AccountService accounts;

    @EJB
    private SecurityStamps stamps;

    @Inject
    private ApiCredentials apiCredentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        if (ApiPaths.isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            LoginOutcome outcome = accounts.authenticate(login.getCaller(), login.getPassword().getValue(),
                    request.getRemoteAddr(), LoginEvent.Door.CONSOLE);
            request.setAttribute(LOGIN_STATUS, outcome.status());
            if (outcome.status() != LoginOutcome.Status.SUCCESS) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession().setAttribute(SESSION_CALLER,
                    new SessionCaller(outcome.username(), Set.copyOf(outcome.roles()), outcome.securityStamp()));
            return context.notifyContainerAboutLogin(outcome.username(), Set.copyOf(outcome.roles()));
        }
        HttpSession session = cookieSession(request);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (stamps.stillValid(caller.name(), caller.stamp())) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            // The account changed since this session logged in: it is over.
            session.invalidate();
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

    /** The session the cookie names; a session id in the URL ({@code ;jsessionid=}) is never a login. */
    private static HttpSession cookieSession(HttpServletRequest request) {
        if (!request.isRequestedSessionIdFromCookie() || request.isRequestedSessionIdFromURL()) {
            return null;
        }
        return request.getSession(false);
    }

    /**
     * The console session after its own owner changed the password: it carries on under the new
     * stamp (the account's other sessions end).
     */
    public static void keepSession(HttpServletRequest request, String newStamp) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            session.setAttribute(SESSION_CALLER, new SessionCaller(caller.name(), caller.groups(), newStamp));
        }
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

    /**
     * The API: the {@code Authorization} header and nothing else. A console session sent along is
     * ignored (and said so when it is all there is); no session is ever created.
     */
    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return unauthorized(request, response, request.getRequestedSessionId() != null
                    ? "api.auth.noSession" : "api.auth.missing");
        }
        ApiCredentials.Caller caller;
        if (header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            String[] login = basic(header.substring(BASIC.length()).trim());
            if (login == null) {
                return unauthorized(request, response, "api.auth.malformed");
            }
            caller = apiCredentials.basic(login[0], login[1], request.getRemoteAddr());
        } else if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String secret = header.substring(BEARER.length()).trim();
            if (secret.isEmpty() || secret.length() > 200) {
                return unauthorized(request, response, "api.auth.malformed");
            }
            caller = apiCredentials.bearer(secret);
        } else {
            return unauthorized(request, response, "api.auth.malformed");
        }
        if (!caller.known()) {
            return unauthorized(request, response, caller.refusal());
        }
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    /** user and password of a Basic credential; null when it is not Base64 of {@code user:password}. */
    private static String[] basic(String encoded) {
        if (encoded.isEmpty() || encoded.length() > 1024) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || decoded.indexOf('\u0000') >= 0) {
            return null;
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    /** A JSON 401 with both challenges, committed here so that the container adds no page of its own. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String messageKey) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ancrage\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"ancrage\"");
            DoorErrors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", messageKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
