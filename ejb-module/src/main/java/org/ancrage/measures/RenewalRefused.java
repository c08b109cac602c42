package org.ancrage.measures;

import org.ancrage.system.DomainException;

/** A measure cannot be renewed as asked; the key says why (no renewal left, derogation needed…). */
public class RenewalRefused extends DomainException {

    public RenewalRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
