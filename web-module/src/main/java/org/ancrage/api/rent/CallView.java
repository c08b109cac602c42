package org.ancrage.api.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.rent.RentCall;

public record CallView(Long id, Long occupancyId, String month, BigDecimal rent, BigDecimal charges,
        BigDecimal housingBenefit, BigDecimal amountDue, LocalDate dueDate, Integer daysCalled,
        Integer daysInMonth) {
    static CallView of(RentCall c) {
        return new CallView(c.getId(), c.getOccupancyId(), c.getMonth().toString(), c.getRent().amount(),
                c.getCharges().amount(), c.getHousingBenefit().amount(), c.getAmountDue().amount(),
                c.getDueDate(), c.getDaysCalled(), c.getDaysInMonth());
    }
}
