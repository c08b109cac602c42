package org.ancrage.api.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.rent.Payer;
import org.ancrage.rent.Payment;
import org.ancrage.rent.PaymentMethod;

public record PaymentView(Long id, Long occupancyId, LocalDate paidOn, BigDecimal amount, Payer payer,
        String reference, Long repaymentPlanId, PaymentMethod method, Long reversesPaymentId, String reason) {
    static PaymentView of(Payment p) {
        return new PaymentView(p.getId(), p.getOccupancyId(), p.getPaidOn(), p.getAmount().amount(),
                p.getPayer(), p.getReference(), p.getRepaymentPlanId(), p.getMethod(),
                p.getReversesPaymentId(), p.getReason());
    }
}
