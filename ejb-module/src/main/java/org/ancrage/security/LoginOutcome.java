package org.ancrage.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What a login attempt gave: who, with which roles and under which security stamp, or why not.
 * {@link Status#LOCKED} means "too many failures for this name from this address" and is answered
 * alike for existing and unknown names.
 */
public record LoginOutcome(Status status, String username, String displayName, Set<String> roles,
        String securityStamp) implements Serializable {

    public enum Status { SUCCESS, INVALID, LOCKED }

    public static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID, null, null, Set.of(), null);
    }

    public static LoginOutcome locked() {
        return new LoginOutcome(Status.LOCKED, null, null, Set.of(), null);
    }
}
