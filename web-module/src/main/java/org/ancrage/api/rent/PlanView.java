package org.ancrage.api.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.rent.RepaymentPlan;

public record PlanView(Long id, Long occupancyId, LocalDate agreedOn, BigDecimal debt, LocalDate cancelledOn,
        List<InstalmentView> instalments, long version) {
    static PlanView of(RepaymentPlan p) {
        return new PlanView(p.getId(), p.getOccupancyId(), p.getAgreedOn(), p.getDebt().amount(),
                p.getCancelledOn(), p.getInstalments().stream().map(i -> new InstalmentView(i.getNumber(),
                        i.getDueDate(), i.getAmount().amount(), null)).toList(), p.getVersion());
    }
}
