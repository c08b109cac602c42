package org.ancrage.security;

import java.io.Serializable;
import java.util.Set;

/** What a login attempt gave: who, with which roles, or why not. */
public record LoginOutcome(Status status, String username, String displayName, Set<String> roles)
        implements Serializable {

    public enum Status { SUCCESS, INVALID, LOCKED }

    public static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID, null, null, Set.of());
    }

    public static LoginOutcome locked(String username) {
        return new LoginOutcome(Status.LOCKED, username, null, Set.of());
    }
}
