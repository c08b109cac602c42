package org.ancrage.housing;

/** Why a main lease or mandate ended. */
public enum ContractEnd {
    NOTICE, LEASE_TRANSFER
}
