package org.ancrage.households;

/** A member's place in the household. */
public enum Relationship {
    HEAD, SPOUSE, CHILD, OTHER
}
