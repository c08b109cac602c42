package org.ancrage.housing;

/** What becomes of the dwelling once the lease passed to the household, as agreed with the landlord. */
public enum AfterLeaseTransfer {
    LEAVES_STOCK, STAYS_UNDER_MANDATE
}
