package org.ancrage.rent;

/** Entries of an account besides calls and payments. */
public enum EntryKind {
    /** The yearly adjustment of charges to what they really cost: owed more (positive) or refunded (negative). */
    CHARGES_REGULARISATION,
    /** A debt given up as unrecoverable (créance irrécouvrable): counted once a director approves it. */
    WRITE_OFF,
    /** The days of a month already called that come after the household left: given back (a credit). */
    DEPARTURE_CREDIT,
    /** Part of the security deposit kept for unpaid rent (a deduction for unpaid rent): a credit, the arrears fall. */
    DEPOSIT_DEDUCTION,
    /** Such a deduction cancelled by its entry: the credit taken back (a debit), as a payment's reversal does. */
    DEDUCTION_CANCELLED;

    /**
     * Whether the entry moves money the household is credited with (the deposit applied to its rent,
     * or taken back), so that it settles debts as a payment would, and its cancellation takes that
     * back as a payment's reversal does rather than owing a new debt.
     */
    public boolean isCreditCorrection() {
        return this == DEPOSIT_DEDUCTION || this == DEDUCTION_CANCELLED;
    }
}
