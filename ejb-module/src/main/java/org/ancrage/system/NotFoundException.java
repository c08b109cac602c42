package org.ancrage.system;

/** The record asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("record.notFound", what, id);
    }
}
