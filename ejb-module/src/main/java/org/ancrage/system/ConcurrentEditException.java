package org.ancrage.system;

/** Someone else saved the same record since it was read: nothing was overwritten. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException(Class<?> type) {
        super("edit.conflict", DomainMessages.Label.ofRecord(type));
    }

    /** Refuses an edit made on {@code readVersion} of a {@code type} record now at {@code currentVersion}. */
    public static void unlessUnchanged(Class<?> type, long currentVersion, long readVersion) {
        if (currentVersion != readVersion) {
            throw new ConcurrentEditException(type);
        }
    }
}
