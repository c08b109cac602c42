package org.ancrage.housing;

import org.ancrage.system.DomainException;

/** Something asked of a dwelling, contract or occupancy does not fit its state. */
public class HousingRefused extends DomainException {

    public HousingRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
