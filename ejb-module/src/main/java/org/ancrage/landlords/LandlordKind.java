package org.ancrage.landlords;

/** A private owner, or a social landlord (bailleur social, HLM). */
public enum LandlordKind {
    PRIVATE, SOCIAL
}
