package org.ancrage.privacy;

/** What was done to a record. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT
}
