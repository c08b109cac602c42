package org.ancrage.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins tell nobody which accounts exist, and nobody can lock someone else out: an unknown name
 * and an existing one get the same answers in the same order (invalid, then "too many attempts"
 * at the tenth) in about the same time; the throttle holds the (name, address) pair and an address
 * that sprays many names, never the account itself — the owner logs in from another address.
 */
@ExtendWith(ArquillianExtension.class)
class LoginDoesNotTellWhoExistsIT {

    private static final String PASSWORD = "Vrai-Mot-De-Passe-9";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(LoginDoesNotTellWhoExistsIT.class);
    }

    @EJB
    AccountService accounts;

    @EJB
    RunAs.Administrator administrator;

    private String account(String prefix) throws Exception {
        String name = prefix + Long.toString(System.nanoTime(), 36);
        administrator.run(() -> accounts.createAccount(name, "Quelqu’un", PASSWORD.toCharArray(),
                Set.of(Roles.ADMINISTRATOR), null));
        return name;
    }

    private LoginOutcome.Status login(String name, String password, String address) {
        return accounts.authenticate(name, password.toCharArray(), address, LoginEvent.Door.CONSOLE).status();
    }

    @Test
    void anUnknownNameAndAnExistingOneGetTheSameAnswers() throws Exception {
        String existing = account("existe-");
        String unknown = "inconnu-" + Long.toString(System.nanoTime(), 36);
        List<LoginOutcome.Status> ofExisting = new ArrayList<>();
        List<LoginOutcome.Status> ofUnknown = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            ofExisting.add(login(existing, "faux-" + i, "192.0.2.10"));
            ofUnknown.add(login(unknown, "faux-" + i, "192.0.2.10"));
        }
        assertEquals(ofExisting, ofUnknown);
        assertEquals(LoginOutcome.Status.INVALID, ofExisting.get(8));
        assertEquals(LoginOutcome.Status.LOCKED, ofExisting.get(9));
        assertEquals(accounts.isLocked(existing, "192.0.2.10"), accounts.isLocked(unknown, "192.0.2.10"));
    }

    @Test
    void anUnknownNameCostsTheSameTimeAsAWrongPassword() throws Exception {
        String existing = account("temps-");
        List<Long> ofExisting = new ArrayList<>();
        List<Long> ofUnknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            login(existing, "faux", "192.0.2.20");
            ofExisting.add(System.nanoTime() - start);
            start = System.nanoTime();
            login("personne-" + i + "-" + System.nanoTime(), "faux", "192.0.2.20");
            ofUnknown.add(System.nanoTime() - start);
        }
        // The floor of each, not the median: the two are compared for the work a login does (a password
        // hash of the same cost whether the name exists or not), and the fastest of seven tries is the
        // one least spoilt by whatever else the machine runs (a median under load once read 2.2 times).
        Collections.sort(ofExisting);
        Collections.sort(ofUnknown);
        double ratio = (double) ofUnknown.get(0) / ofExisting.get(0);
        assertTrue(ratio > 0.6 && ratio < 1.6, "unknown " + ofUnknown + " vs existing " + ofExisting);
    }

    @Test
    void anAttackerHammeringTheAdministratorDoesNotLockHerOut() throws Exception {
        String admin = account("admin-");
        long version = TestDatabase.count("select version from user_account where username = '" + admin + "'");
        for (int i = 0; i < LoginThrottle.PER_USER_AND_ADDRESS; i++) {
            login(admin, "devine-" + i, "203.0.113.66");
        }
        assertEquals(LoginOutcome.Status.LOCKED, login(admin, PASSWORD, "203.0.113.66"),
                "the attacker's address waits, even with the right password");
        assertEquals(LoginOutcome.Status.SUCCESS, login(admin, PASSWORD, "198.51.100.5"),
                "the administrator, from her own address, logs in");
        assertEquals(version, TestDatabase.count("select version from user_account where username = '" + admin + "'"),
                "logins never write the account");
        assertEquals(1, TestDatabase.count("select count(*) from login_event where username = '" + admin
                + "' and success and address = '198.51.100.5'"));
    }

    @Test
    void anAddressSprayingManyNamesWaits() throws Exception {
        String victim = account("arrose-");
        TestDatabase.execute("insert into login_event (id, at, username, address, door, success)"
                + " select nextval('login_event_seq'), now(), 'nom-' || g, '203.0.113.99', 'CONSOLE', false"
                + " from generate_series(1, " + LoginThrottle.PER_ADDRESS + ") g");
        assertEquals(LoginOutcome.Status.LOCKED, login(victim, PASSWORD, "203.0.113.99"));
        assertEquals(LoginOutcome.Status.SUCCESS, login(victim, PASSWORD, "203.0.113.100"));
    }

    @Test
    void aSuccessfulLoginIsAnEventNotAnUpdate() throws Exception {
        String name = account("evenement-");
        long version = TestDatabase.count("select version from user_account where username = '" + name + "'");
        assertEquals(LoginOutcome.Status.SUCCESS, login(name, PASSWORD, "192.0.2.30"));
        assertEquals(LoginOutcome.Status.INVALID, login(name, "faux", "192.0.2.30"));
        assertEquals(1, TestDatabase.count("select count(*) from login_event where username = '" + name
                + "' and success and door = 'CONSOLE' and address = '192.0.2.30'"));
        assertEquals(1, TestDatabase.count("select count(*) from login_event where username = '" + name
                + "' and not success"));
        assertEquals(version, TestDatabase.count("select version from user_account where username = '" + name + "'"));
    }
}
