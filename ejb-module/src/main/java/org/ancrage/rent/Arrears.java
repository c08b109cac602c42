package org.ancrage.rent;

import java.time.LocalDate;
import java.util.Map;
import org.ancrage.money.Money;

/**
 * What was due and is still unpaid on a date, by age; {@code oldestUnpaidSince} is the due date of
 * the oldest call not fully paid. No arrears when the payments cover every call due.
 */
public record Arrears(LocalDate asOf, Money total, Map<ArrearsAge, Money> byAge, LocalDate oldestUnpaidSince) {

    public boolean any() {
        return total.isPositive();
    }

    public Money of(ArrearsAge age) {
        return byAge.getOrDefault(age, Money.ZERO);
    }
}
