package org.ancrage.rent;

import java.time.LocalDate;
import java.util.List;
import org.ancrage.money.Money;

/** A repayment plan on a date: what was paid towards it, what remains, and each instalment's state. */
public record PlanFollowUp(Long planId, LocalDate asOf, PlanStatus status, Money paid, Money remaining,
        List<InstalmentState> instalments) {

    /** One instalment and whether the payments so far cover it. */
    public record InstalmentState(int number, LocalDate dueDate, Money amount, InstalmentStatus status) {
    }
}
