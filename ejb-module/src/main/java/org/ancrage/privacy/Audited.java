package org.ancrage.privacy;

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
}
