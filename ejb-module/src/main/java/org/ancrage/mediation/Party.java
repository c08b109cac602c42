package org.ancrage.mediation;

/** Who an incident involves, or whom a mediation action was taken with. */
public enum Party {
    LANDLORD, NEIGHBOURS, HOUSEHOLD, ASSOCIATION, OTHER
}
