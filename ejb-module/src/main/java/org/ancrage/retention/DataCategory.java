package org.ancrage.retention;

/** The categories of personal data that each have their own retention period. */
public enum DataCategory {
    /** The whole file of a household whose support ended: anonymised. */
    CLOSED_CASE,
    /** A household known only by referrals that were refused or withdrawn: anonymised. */
    REFUSED_REFERRAL,
    /** What was said at a contact (its topics); its date and type stay for the statistics. */
    CONTACT,
    /** Confidential notes of contacts. */
    CONFIDENTIAL_NOTE,
    /** Documents of a file no longer followed: deleted with their bytes. */
    DOCUMENT,
    /** The content of a file uploaded for an import: cleared (what was imported, and why rows were refused, stay). */
    IMPORT_FILE
}
