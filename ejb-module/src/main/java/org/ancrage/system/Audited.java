package org.ancrage.system;

import java.util.Set;

/**
 * An entity whose every creation, change and removal is written to the audit trail, with the
 * values before and after. Entities about a household name it, so that an administrator can
 * find everything done on one person's file.
 */
public interface Audited {

    /** The household this record belongs to, if any. */
    default Long auditHouseholdId() {
        return null;
    }

    /** Attributes whose change is recorded but whose values are not (a password hash). */
    default Set<String> auditMaskedAttributes() {
        return Set.of();
    }

    /**
     * Attributes whose text never reaches the trail, which records only that they changed:
     * {@code "confidentialNote": "(changed)"}, written when the value is set or changed, nothing when
     * it stays empty.
     */
    default Set<String> auditConfidentialAttributes() {
        return Set.of();
    }
}
