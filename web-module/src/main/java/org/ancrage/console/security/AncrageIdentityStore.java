package org.ancrage.console.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.ancrage.security.AccountService;
import org.ancrage.security.LoginOutcome;

/** Checks logins against the staff accounts in the database; roles become groups. */
@ApplicationScoped
public class AncrageIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = accounts.authenticate(login.getCaller(), login.getPassword().getValue());
        if (outcome.status() != LoginOutcome.Status.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(), Set.copyOf(outcome.roles()));
    }
}
