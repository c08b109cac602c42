package org.ancrage.documents;

import org.ancrage.system.DomainException;

/** A file that cannot be kept: empty, too large, or of a kind not accepted. */
public class DocumentRefused extends DomainException {

    public DocumentRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
