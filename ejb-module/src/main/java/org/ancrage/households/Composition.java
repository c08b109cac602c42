package org.ancrage.households;

/** Who lives together, as funders count it. */
public enum Composition {
    SINGLE, COUPLE, SINGLE_PARENT, COUPLE_WITH_CHILDREN, OTHER
}
