package org.ancrage.system;

/** Someone else saved the same record since it was read: nothing was overwritten. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException(String what) {
        super("edit.conflict", new DomainMessages.Label("record." + what, what));
    }

    /** Refuses an edit made on {@code readVersion} of a record now at {@code currentVersion}. */
    public static void unlessUnchanged(String what, long currentVersion, long readVersion) {
        if (currentVersion != readVersion) {
            throw new ConcurrentEditException(what);
        }
    }
}
