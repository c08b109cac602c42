package org.ancrage.programmes;

import org.ancrage.system.DomainException;

/**
 * Programme rules that do not hold together (a maximum shorter than the first period, renewals
 * that could never be granted, a derogation nobody grants); the key says which.
 */
public class ProgrammeRefused extends DomainException {

    public ProgrammeRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
