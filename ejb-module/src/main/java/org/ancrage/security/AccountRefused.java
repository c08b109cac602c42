package org.ancrage.security;

import org.ancrage.system.DomainException;

/** An account the rules refuse: a name taken or reserved, no role. */
public class AccountRefused extends DomainException {

    public AccountRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
