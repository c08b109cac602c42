package org.ancrage.rent;

/**
 * How firm a rent reminder (relance) is, from the age of the oldest debt: a first reminder while it
 * is under a month old, a second one up to two months (a meeting, a repayment plan, the FSL), the
 * last one beyond two months, before the steps an unpaid rent requires (among them, telling the body
 * that pays the housing benefit).
 */
public enum ReminderLevel {
    FIRST, SECOND, LAST;

    public static ReminderLevel of(Arrears arrears) {
        if (arrears.of(ArrearsAge.OVER_90_DAYS).isPositive() || arrears.of(ArrearsAge.DAYS_61_TO_90).isPositive()) {
            return LAST;
        }
        return arrears.of(ArrearsAge.DAYS_31_TO_60).isPositive() ? SECOND : FIRST;
    }
}
