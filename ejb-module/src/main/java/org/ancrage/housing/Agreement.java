package org.ancrage.housing;

/** The household's title to stay in the dwelling. */
public enum Agreement {
    /** Sub-lease from the association, which holds the main lease. */
    SUB_LEASE,
    /** Occupancy agreement (convention d'occupation), e.g. temporary housing. */
    OCCUPANCY_AGREEMENT,
    /** The household is the landlord's tenant; the association manages under mandate. */
    TENANT_UNDER_MANDATE
}
