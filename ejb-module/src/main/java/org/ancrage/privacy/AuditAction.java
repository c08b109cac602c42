package org.ancrage.privacy;

/** What was done to a record. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT,
    /** An attempt to reach a record outside the caller's need to know. */
    REFUSED,
    /** Data removed or anonymised by the retention job, past its retention period. */
    PURGE,
    /** A record created or changed by the import of a file, naming the file and its rows. */
    IMPORT
}
