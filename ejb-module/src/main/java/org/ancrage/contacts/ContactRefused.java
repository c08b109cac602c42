package org.ancrage.contacts;

import org.ancrage.system.DomainException;

/**
 * A change to a contact that cannot be made: someone else's contact, an appointment turned into a
 * done contact before its time, a cancelled contact changed again; the key says which.
 */
public class ContactRefused extends DomainException {

    public ContactRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
