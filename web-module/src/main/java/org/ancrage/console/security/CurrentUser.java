package org.ancrage.console.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.ancrage.security.AccountService;
import org.ancrage.security.Roles;
import org.ancrage.security.UserAccount;

/** Who is logged in, for the pages: name and roles. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private AccountService accounts;

    private UserAccount account;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        return account() == null ? getUsername() : account.getDisplayName();
    }

    /** The staff account's id, e.g. as the worker of a contact being logged. */
    public Long getAccountId() {
        return account() == null ? null : account.getId();
    }

    /** The service the user works in; null for staff of the whole association. */
    public Long getServiceUnitId() {
        return account() == null ? null : account.getServiceUnitId();
    }

    private UserAccount account() {
        if (account == null && isLoggedIn()) {
            account = accounts.findByUsername(getUsername()).orElse(null);
        }
        return account;
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** The caller's roles, in the canonical order, for display. */
    public List<String> getRoles() {
        return Arrays.stream(Roles.ALL).filter(securityContext::isCallerInRole).toList();
    }
}
