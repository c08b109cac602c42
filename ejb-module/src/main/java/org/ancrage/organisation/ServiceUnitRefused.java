package org.ancrage.organisation;

import org.ancrage.system.DomainException;

/** A service the rules refuse: a code already used, a name empty or too long. */
public class ServiceUnitRefused extends DomainException {

    public ServiceUnitRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
