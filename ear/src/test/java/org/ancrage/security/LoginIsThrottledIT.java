package org.ancrage.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.util.Set;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logins against the database: success, ten failures lock the account, the right password then fails too. */
@ExtendWith(ArquillianExtension.class)
class LoginIsThrottledIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(LoginIsThrottledIT.class);
    }

    @EJB
    AccountService accounts;

    @EJB
    RunAs.Administrator administrator;

    @Test
    void tenFailuresLockTheAccount() throws Exception {
        administrator.run(() -> accounts.createAccount("lucie.throttle", "Lucie", "Bon-Mot-De-Passe-1".toCharArray(),
                Set.of(Roles.SOCIAL_WORKER), null));
        assertEquals(LoginOutcome.Status.SUCCESS,
                accounts.authenticate("lucie.throttle", "Bon-Mot-De-Passe-1".toCharArray()).status());

        for (int i = 1; i < UserAccount.MAX_FAILURES; i++) {
            assertEquals(LoginOutcome.Status.INVALID,
                    accounts.authenticate("lucie.throttle", "faux".toCharArray()).status(), "attempt " + i);
        }
        assertEquals(LoginOutcome.Status.LOCKED, accounts.authenticate("lucie.throttle", "faux".toCharArray()).status());
        assertEquals(LoginOutcome.Status.LOCKED,
                accounts.authenticate("lucie.throttle", "Bon-Mot-De-Passe-1".toCharArray()).status());
        assertEquals(true, accounts.isLocked("LUCIE.throttle"));
    }

    @Test
    void storedHashUsesAtLeast600000Iterations() throws Exception {
        administrator.run(() -> accounts.createAccount("hash.check", "Hash", "Un-Autre-Secret-2".toCharArray(),
                Set.of(Roles.DIRECTOR), null));
        assertEquals(1, TestDatabase.count("select count(*) from user_account where username = 'hash.check' "
                + "and password_hash like 'PBKDF2WithHmacSHA256:600000:%'"));
    }

    @Test
    void olderHashIsReplacedAtTheNextLogin() throws Exception {
        administrator.run(() -> accounts.createAccount("old.hash", "Ancien", "Ancien-Secret-0".toCharArray(),
                Set.of(Roles.DIRECTOR), null));
        String weak = new PasswordHasher(1_000).hash("Ancien-Secret-3".toCharArray());
        TestDatabase.execute("update user_account set password_hash = '" + weak + "' where username = 'old.hash'");

        assertEquals(LoginOutcome.Status.SUCCESS,
                accounts.authenticate("old.hash", "Ancien-Secret-3".toCharArray()).status());

        assertEquals(1, TestDatabase.count("select count(*) from user_account where username = 'old.hash' "
                + "and password_hash like 'PBKDF2WithHmacSHA256:600000:%'"));
        assertEquals(LoginOutcome.Status.SUCCESS,
                accounts.authenticate("old.hash", "Ancien-Secret-3".toCharArray()).status());
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() {
        assertEquals(LoginOutcome.Status.INVALID, accounts.authenticate("personne", "x".toCharArray()).status());
    }
}
