package org.ancrage.api.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.rent.DepositService;
import org.ancrage.rent.PaymentMethod;
import org.ancrage.rent.SecurityDeposit;

public record DepositView(Long id, Long occupancyId, BigDecimal amount, LocalDate receivedOn, PaymentMethod method,
        String reference, String receivedBy, LocalDate keysReturnedOn, Boolean inspectionsMatch, LocalDate returnDeadline,
        List<DeductionView> deductions, BigDecimal deducted, BigDecimal toReturn, LocalDate returnedOn,
        long monthsLate, BigDecimal penalty, long version) {
    static DepositView of(DepositService.DepositView v) {
        SecurityDeposit d = v.deposit();
        return new DepositView(d.getId(), d.getOccupancyId(), d.getAmount().amount(), d.getReceivedOn(),
                d.getMethod(), d.getReference(), d.getReceivedBy(), d.getKeysReturnedOn(), d.getInspectionsMatch(),
                v.deadline(), v.deductions().stream().map(DeductionView::of).toList(), v.deducted().amount(),
                v.toReturn().amount(), d.getReturnedOn(), v.monthsLate(), v.penalty().amount(), d.getVersion());
    }
}
