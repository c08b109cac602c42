package org.ancrage.measures;

/** The life domains a support contract sets objectives in. */
public enum ObjectiveDomain {
    BUDGET, ADMINISTRATIVE, HOUSING_APPROPRIATION, NEIGHBOURHOOD, HEALTH, EMPLOYMENT, PARENTING, OTHER
}
