package org.ancrage.api.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.rent.PlanFollowUp;
import org.ancrage.rent.PlanStatus;

public record FollowUpView(Long planId, LocalDate asOf, PlanStatus status, BigDecimal paid, BigDecimal remaining,
        List<InstalmentView> instalments) {
    static FollowUpView of(PlanFollowUp f) {
        return new FollowUpView(f.planId(), f.asOf(), f.status(), f.paid().amount(),
                f.remaining().amount(), f.instalments().stream().map(i -> new InstalmentView(i.number(),
                        i.dueDate(), i.amount().amount(), i.status())).toList());
    }
}
