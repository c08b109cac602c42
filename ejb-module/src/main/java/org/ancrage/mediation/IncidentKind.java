package org.ancrage.mediation;

/** What happened. */
public enum IncidentKind {
    UNPAID_RENT, NEIGHBOUR_DISTURBANCE, TECHNICAL_FAULT, DAMAGE, MISSING_INSURANCE, OTHER
}
