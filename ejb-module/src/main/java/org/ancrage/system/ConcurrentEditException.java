package org.ancrage.system;

/** Someone else saved the same record since it was read: nothing was overwritten. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException(String what) {
        super("edit.conflict", what);
    }
}
