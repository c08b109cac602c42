package org.ancrage.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.Set;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changing a password is for its owner only: even an administrator cannot change someone
 * else's through it (accounts are administered elsewhere), and a caller without a session is
 * refused by the container. The owner's own change is exercised in the browser test.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordIsChangedOnlyByItsOwnerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(PasswordIsChangedOnlyByItsOwnerIT.class);
    }

    @EJB
    AccountService accounts;

    @EJB
    RunAs.Administrator administrator;

    @Test
    void someoneElsesPasswordIsNotChangedEvenByAnAdministrator() throws Exception {
        administrator.run(() -> accounts.createAccount("owner.only", "Owner", "Premier-Secret-Long".toCharArray(),
                Set.of(Roles.SOCIAL_WORKER), null));

        AccountRefused refused = assertThrows(AccountRefused.class, () -> administrator.run(() -> accounts
                .changePassword("owner.only", "Premier-Secret-Long".toCharArray(), "Second-Secret-Long".toCharArray())));

        assertEquals("account.password.notYours", refused.messageKey());
        assertEquals(LoginOutcome.Status.SUCCESS,
                accounts.authenticate("owner.only", "Premier-Secret-Long".toCharArray()).status());
        assertEquals(LoginOutcome.Status.INVALID,
                accounts.authenticate("owner.only", "Second-Secret-Long".toCharArray()).status());
    }

    @Test
    void aCallerWithoutARoleIsRefused() {
        assertThrows(EJBAccessException.class, () -> accounts.changePassword("owner.only",
                "Premier-Secret-Long".toCharArray(), "Second-Secret-Long".toCharArray()));
    }
}
