package org.ancrage.housing;

/**
 * Main lease: the association is the landlord's tenant and sub-lets (IML sous-location).
 * Management mandate: the household is the tenant, the association manages for the landlord.
 */
public enum ContractKind {
    MAIN_LEASE, MANAGEMENT_MANDATE
}
