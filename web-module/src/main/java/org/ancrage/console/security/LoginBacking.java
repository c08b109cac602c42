package org.ancrage.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.regex.Pattern;
import org.ancrage.console.Messages;
import org.ancrage.security.UserAccount;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The login form: hands the credentials to the container and says why a login failed. */
@Named
@RequestScoped
public class LoginBacking {

    private static final Pattern CONSOLE_PAGE = Pattern.compile("/app/[A-Za-z0-9/_.-]+\\.xhtml(\\?[A-Za-z0-9=&_.%-]*)?");

    @NotBlank
    @Size(max = UserAccount.USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session id at login: no session fixation.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                String page = external.getRequestParameterMap().get("continue");
                external.redirect(external.getRequestContextPath() + (isConsolePage(page) ? page : "/app/home.xhtml"));
            }
            default -> {
                // Throttled or not, said alike for an existing and an unknown name (LoginThrottle).
                String key = request.getAttribute(AncrageAuthenticationMechanism.LOGIN_STATUS)
                        == org.ancrage.security.LoginOutcome.Status.LOCKED ? "login.throttled" : "login.failed";
                messages.error(null, key);
            }
        }
    }

    /**
     * Whether {@code page} is a page of the console to come back to after a login (the session
     * expired there): a path under /app/ of this application, never another site.
     */
    static boolean isConsolePage(String page) {
        return page != null && CONSOLE_PAGE.matcher(page).matches() && !page.contains("..");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
