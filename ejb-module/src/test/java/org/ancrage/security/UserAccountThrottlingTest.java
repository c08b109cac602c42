package org.ancrage.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountThrottlingTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private UserAccount account() {
        return new UserAccount("marie", "Marie", "hash", Set.of(Roles.SOCIAL_WORKER));
    }

    @Test
    void tenFailuresWithinFiveMinutesLockForFifteenMinutes() {
        UserAccount account = account();
        for (int i = 0; i < 9; i++) {
            account.recordFailedLogin(T0.plusSeconds(i * 20));
        }
        assertFalse(account.isLocked(T0.plusSeconds(200)));
        account.recordFailedLogin(T0.plusSeconds(240));
        assertTrue(account.isLocked(T0.plusSeconds(241)));
        assertTrue(account.isLocked(T0.plusSeconds(240).plus(Duration.ofMinutes(14))));
        assertFalse(account.isLocked(T0.plusSeconds(240).plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresSpreadOverMoreThanFiveMinutesDoNotLock() {
        UserAccount account = account();
        for (int i = 0; i < 20; i++) {
            account.recordFailedLogin(T0.plus(Duration.ofMinutes(i)));
        }
        assertFalse(account.isLocked(T0.plus(Duration.ofMinutes(20))));
    }

    @Test
    void successResetsTheCount() {
        UserAccount account = account();
        for (int i = 0; i < 9; i++) {
            account.recordFailedLogin(T0.plusSeconds(i));
        }
        account.recordSuccessfulLogin(T0.plusSeconds(10));
        account.recordFailedLogin(T0.plusSeconds(11));
        assertFalse(account.isLocked(T0.plusSeconds(12)));
    }

    @Test
    void runAsPrincipalNamesCannotBeUsernames() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount(Roles.ADMINISTRATOR, "x", "h", Set.of()));
    }
}
