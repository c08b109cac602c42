package org.ancrage.households;

/** The main resource of a household, as funders count it. */
public enum ResourceType {
    SALARY, RSA, AAH, UNEMPLOYMENT_BENEFIT, PENSION, FAMILY_ALLOWANCES, NONE, OTHER
}
