package org.ancrage.rent;

/** Where an instalment stands: covered by the payments towards the plan, late, or still to come. */
public enum InstalmentStatus {
    PAID, LATE, TO_COME
}
