package org.ancrage.measures;

/** Why a measure ended. */
public enum EndReason {
    OBJECTIVES_REACHED, LEASE_TRANSFER, NON_COOPERATION, MOVED, EVICTION, ENTERED_INSTITUTION, OTHER
}
