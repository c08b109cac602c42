package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.money.Money;
import org.junit.jupiter.api.Test;

class RepaymentPlanTest {

    private static final LocalDate AGREED = LocalDate.of(2026, 3, 10);

    private static RepaymentPlan plan() {
        return new RepaymentPlan(1L, 10L, AGREED, Money.of("100.00"), Money.of("400.00"),
                RepaymentPlan.monthly(Money.of("100.00"), 3, LocalDate.of(2026, 4, 5)));
    }

    private static Payment paid(String amount, LocalDate on) {
        return new Payment(1L, 10L, on, Money.of(amount), Payer.HOUSEHOLD, null, 1L, Instant.EPOCH);
    }

    @Test
    void equalInstalmentsTheLastTakingTheCents() {
        List<Instalment> instalments = plan().getInstalments();
        assertEquals(Money.of("33.33"), instalments.get(0).getAmount());
        assertEquals(Money.of("33.34"), instalments.get(2).getAmount());
        assertEquals(LocalDate.of(2026, 6, 5), instalments.get(2).getDueDate());
    }

    @Test
    void aShortPaymentLeavesTheInstalmentLate() {
        PlanFollowUp followUp = plan().followUp(List.of(paid("33.33", LocalDate.of(2026, 4, 5)),
                paid("20.00", LocalDate.of(2026, 5, 6))), LocalDate.of(2026, 5, 20));
        assertEquals(PlanStatus.BEHIND, followUp.status());
        assertEquals(InstalmentStatus.PAID, followUp.instalments().get(0).status());
        assertEquals(InstalmentStatus.LATE, followUp.instalments().get(1).status());
        assertEquals(InstalmentStatus.TO_COME, followUp.instalments().get(2).status());
        assertEquals(Money.of("46.67"), followUp.remaining());
    }

    @Test
    void paidInFullIsRepaid() {
        PlanFollowUp followUp = plan().followUp(List.of(paid("100.00", LocalDate.of(2026, 4, 1))),
                LocalDate.of(2026, 4, 2));
        assertEquals(PlanStatus.REPAID, followUp.status());
        assertEquals(Money.ZERO, followUp.remaining());
    }

    @Test
    void aPlanRepaysNoMoreThanTheArrearsAndItsInstalmentsAddUp() {
        assertEquals("rent.plan.aboveArrears", assertThrows(RentRefused.class, () -> new RepaymentPlan(1L, 10L, AGREED,
                Money.of("500.00"), Money.of("400.00"), RepaymentPlan.monthly(Money.of("500.00"), 5, AGREED)))
                .messageKey());
        assertEquals("rent.plan.sumDiffers", assertThrows(RentRefused.class, () -> new RepaymentPlan(1L, 10L, AGREED,
                Money.of("100.00"), Money.of("400.00"), List.of(new Instalment(1, AGREED, Money.of("90.00")))))
                .messageKey());
        assertEquals("rent.plan.instalmentOrder", assertThrows(RentRefused.class, () -> new RepaymentPlan(1L, 10L,
                AGREED, Money.of("100.00"), Money.of("400.00"), List.of(new Instalment(1, AGREED.minusDays(1),
                        Money.of("100.00"))))).messageKey());
    }
}
