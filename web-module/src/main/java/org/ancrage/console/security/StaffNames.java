package org.ancrage.console.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.ancrage.security.AccountService;
import org.ancrage.security.UserAccount;

/**
 * The name of the member of staff behind a login, for every page that says who did something (who
 * recorded a derogation, a deposit, a document, an exchange with a landlord): people read names, the
 * trail keeps logins. A login with no account (an API key, a job) is shown as it is. Each login is
 * looked up once per request.
 */
@Named("staff")
@RequestScoped
public class StaffNames {

    @EJB private AccountService accounts;

    private final Map<String, String> names = new HashMap<>();

    public String name(String username) {
        if (username == null) {
            return "";
        }
        return names.computeIfAbsent(username,
                u -> accounts.findByUsername(u).map(UserAccount::getDisplayName).orElse(u));
    }
}
