package org.ancrage.measures;

/** Where the household lives when the measure ends. */
public enum HousingOutcome {
    STAYED_IN_DWELLING, LEASE_TRANSFERRED, OTHER_AUTONOMOUS_HOUSING, SHELTER_OR_CARE_HOME, UNKNOWN
}
