package org.ancrage.retention;

import org.ancrage.system.DomainException;

/** A retention setting the rules refuse. */
public class RetentionRefused extends DomainException {

    public RetentionRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
