package org.ancrage.households;

import org.ancrage.system.DomainException;

/** A change to a household that cannot hold: a member leaving before joining, a head leaving, a change dated before the last. */
public class HouseholdRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    public HouseholdRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
