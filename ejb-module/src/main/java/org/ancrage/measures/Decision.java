package org.ancrage.measures;

/** What an evaluation proposes and a coordinator decides at the end of a period. */
public enum Decision {
    RENEW, RENEW_BY_DEROGATION, LEASE_TRANSFER, END
}
