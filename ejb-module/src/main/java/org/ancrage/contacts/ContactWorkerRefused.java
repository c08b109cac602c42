package org.ancrage.contacts;

import org.ancrage.system.DomainException;

/**
 * A contact is logged in the name of a worker the caller may not speak for: a worker logs their
 * own contacts, a coordinator those of the workers of their own service, nobody anyone else's.
 */
public class ContactWorkerRefused extends DomainException {

    public ContactWorkerRefused(Long workerId) {
        super("contact.worker.notYours", workerId);
    }
}
