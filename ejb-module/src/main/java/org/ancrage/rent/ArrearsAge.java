package org.ancrage.rent;

/** How long an unpaid amount has been due, in the bands rental managers follow. */
public enum ArrearsAge {
    UP_TO_30_DAYS, DAYS_31_TO_60, DAYS_61_TO_90, OVER_90_DAYS;

    public static ArrearsAge of(long daysPastDue) {
        if (daysPastDue <= 30) {
            return UP_TO_30_DAYS;
        }
        if (daysPastDue <= 60) {
            return DAYS_31_TO_60;
        }
        return daysPastDue <= 90 ? DAYS_61_TO_90 : OVER_90_DAYS;
    }
}
