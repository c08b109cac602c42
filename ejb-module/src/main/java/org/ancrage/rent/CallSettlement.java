package org.ancrage.rent;

import java.time.YearMonth;
import org.ancrage.money.Money;

/**
 * How much of one month's call has been paid, the account's credits settling the oldest debts
 * first (see {@link RentAccount#settlements()}), and so which papers the month may have: its
 * notice always; a quittance once fully paid; a receipt for the amount paid while partly paid;
 * no receipt at all while nothing is paid.
 */
public record CallSettlement(RentCall call, Money paid) {

    public YearMonth month() {
        return call.getMonth();
    }

    /** What is left to pay of the month (never negative). */
    public Money remaining() {
        Money left = call.getAmountDue().minus(paid);
        return left.isNegative() ? Money.ZERO : left;
    }

    /** Every cent of the month is paid (a month the housing benefit covers entirely is, at once). */
    public boolean fullyPaid() {
        return paid.compareTo(call.getAmountDue()) >= 0;
    }

    /** Something, not all, has been paid of the month. */
    public boolean partlyPaid() {
        return paid.isPositive() && !fullyPaid();
    }

    /**
     * The receipt the month may have: the quittance when fully paid, the receipt for the amount
     * paid when partly paid.
     *
     * @throws RentRefused when nothing is paid of the month: it has no receipt of any kind
     */
    public RentPaperKind receipt() {
        if (fullyPaid()) {
            return RentPaperKind.QUITTANCE;
        }
        if (partlyPaid()) {
            return RentPaperKind.PARTIAL_RECEIPT;
        }
        throw new RentRefused("rent.receipt.unpaid", month(), call.getAmountDue());
    }

    /**
     * Refuses a paper the month may not have: a quittance unless fully paid (a partly paid month gets
     * a receipt for the amount paid, never a quittance), a receipt for part of the month once it is
     * all paid (its quittance is due) or while nothing is.
     */
    public void allows(RentPaperKind kind) {
        switch (kind) {
            case NOTICE -> {
                // a month's notice can always be printed again
            }
            case QUITTANCE -> {
                if (partlyPaid()) {
                    throw new RentRefused("rent.quittance.partlyPaid", month(), paid, call.getAmountDue(),
                            remaining());
                }
                if (!fullyPaid()) {
                    throw new RentRefused("rent.receipt.unpaid", month(), call.getAmountDue());
                }
            }
            case PARTIAL_RECEIPT -> {
                if (fullyPaid()) {
                    throw new RentRefused("rent.receipt.fullyPaid", month());
                }
                if (!partlyPaid()) {
                    throw new RentRefused("rent.receipt.unpaid", month(), call.getAmountDue());
                }
            }
        }
    }
}
