package org.ancrage.housing;

/** What secures the rent for the landlord. */
public enum Guarantee {
    VISALE, LOCA_PASS, FSL, DEPOSIT, ASSOCIATION, NONE
}
