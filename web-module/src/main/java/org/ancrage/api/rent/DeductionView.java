package org.ancrage.api.rent;

import java.math.BigDecimal;
import org.ancrage.rent.DepositDeduction;

/** A deduction line; {@code unpaidRent}: for unpaid rent, credited to the rent account (a cancellation: taken back). */
public record DeductionView(Long id, String label, BigDecimal amount, String reason, Long cancelsDeductionId,
        boolean unpaidRent, String recordedBy) {
    static DeductionView of(DepositDeduction d) {
        return new DeductionView(d.getId(), d.getLabel(), d.getAmount().amount(), d.getReason(),
                d.getCancelsDeductionId(), d.isForUnpaidRent(), d.getRecordedBy());
    }
}
