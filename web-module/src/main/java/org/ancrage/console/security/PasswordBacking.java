package org.ancrage.console.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ancrage.console.Messages;
import org.ancrage.security.AccountService;
import org.ancrage.security.PasswordPolicy;
import org.ancrage.security.WrongCurrentPassword;

/**
 * A member of staff changes their own password: the current one, the new one twice. Each
 * refusal is shown at the field it is about; passwords are never kept past the request.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @EJB private AccountService accounts;
    @EJB private org.ancrage.security.SecurityStamps stamps;
    @Inject private CurrentUser currentUser;
    @Inject private Messages messages;
    @Inject private FacesContext faces;

    private String current;
    private String newPassword;
    private String confirmation;

    /** Whether the caller logged in with a temporary password (the page then says why it is shown). */
    public boolean isMustChange() {
        return accounts.callerMustChangePassword();
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public void change() {
        if (!newPassword.equals(confirmation)) {
            messages.error("password:confirmation", "password.mismatch");
            faces.validationFailed();
            return;
        }
        messages.actShowingAt(e -> e instanceof WrongCurrentPassword ? "password:current" : "password:newPassword", () -> {
            accounts.changePassword(currentUser.getUsername(), current.toCharArray(), newPassword.toCharArray());
            // This session carries on; the account's other sessions end at their next request.
            stamps.forget(currentUser.getUsername());
            stamps.current(currentUser.getUsername()).ifPresent(stamp -> AncrageAuthenticationMechanism.keepSession(
                    (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest(), stamp));
            messages.info(null, "password.changed");
        });
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
