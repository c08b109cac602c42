package org.ancrage.rent;

/** A repayment plan on track, behind (an instalment late), repaid, or cancelled. */
public enum PlanStatus {
    ON_TRACK, BEHIND, REPAID, CANCELLED
}
