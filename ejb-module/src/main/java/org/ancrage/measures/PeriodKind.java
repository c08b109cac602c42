package org.ancrage.measures;

/** How a period came: the first one, an ordinary renewal, or a renewal granted by derogation. */
public enum PeriodKind {
    INITIAL, RENEWAL, DEROGATION
}
