package org.ancrage.mediation;

import org.ancrage.system.DomainException;

/** Something asked of an incident does not fit its state (already resolved, a date before it…). */
public class IncidentRefused extends DomainException {

    public IncidentRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
