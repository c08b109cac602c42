package org.ancrage.rent;

import org.ancrage.system.DomainException;

/** A rent operation does not fit the occupancy, the plan or the amounts. */
public class RentRefused extends DomainException {

    public RentRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
