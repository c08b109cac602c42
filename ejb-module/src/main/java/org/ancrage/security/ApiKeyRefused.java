package org.ancrage.security;

import org.ancrage.system.DomainException;

/** An API key the rules refuse: no name, an unknown role, no service for a role of one, a bad expiry. */
public class ApiKeyRefused extends DomainException {

    public ApiKeyRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
