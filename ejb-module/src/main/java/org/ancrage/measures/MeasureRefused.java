package org.ancrage.measures;

import org.ancrage.system.DomainException;

/** Something asked of a measure does not fit its state (already ended, a date before its start…). */
public class MeasureRefused extends DomainException {

    public MeasureRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
