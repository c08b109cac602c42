package org.ancrage.rent;

/** Entries of an account besides calls and payments. */
public enum EntryKind {
    /** The yearly adjustment of charges to what they really cost: owed more (positive) or refunded (negative). */
    CHARGES_REGULARISATION,
    /** A debt given up as unrecoverable (créance irrécouvrable): counted once a director approves it. */
    WRITE_OFF,
    /** The days of a month already called that come after the household left: given back (a credit). */
    DEPARTURE_CREDIT
}
