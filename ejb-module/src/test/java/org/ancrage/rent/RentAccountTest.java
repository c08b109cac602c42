package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.ancrage.housing.Occupancy;
import org.ancrage.housing.Placements;
import org.ancrage.money.Money;
import org.junit.jupiter.api.Test;

/** Calls of 150.00 from January to April 2026; payments settle the oldest first. */
class RentAccountTest {

    private static final Occupancy OCCUPANCY = Placements.subLease(LocalDate.of(2026, 1, 1), "400.00", "50.00",
            "300.00");

    private static List<RentCall> calls(int months) {
        return java.util.stream.IntStream.rangeClosed(1, months)
                .mapToObj(m -> RentCall.issue(OCCUPANCY, YearMonth.of(2026, m), Instant.EPOCH)).toList();
    }

    private static Payment paid(String amount, LocalDate on) {
        return new Payment(1L, 10L, on, Money.of(amount), Payer.HOUSEHOLD, null, null, Instant.EPOCH);
    }

    @Test
    void theUnpaidRemainderIsAgedFromTheDueDateOfEachCall() {
        RentAccount account = new RentAccount(calls(4), List.of(paid("200.00", LocalDate.of(2026, 2, 10))));
        Arrears arrears = account.arrearsOn(LocalDate.of(2026, 4, 15));
        // January settled, February 100.00 short, March and April unpaid
        assertEquals(Money.of("400.00"), arrears.total());
        assertEquals(Money.of("100.00"), arrears.of(ArrearsAge.DAYS_61_TO_90)); // due 1 Feb: 73 days
        assertEquals(Money.of("150.00"), arrears.of(ArrearsAge.DAYS_31_TO_60)); // due 1 Mar: 45 days
        assertEquals(Money.of("150.00"), arrears.of(ArrearsAge.UP_TO_30_DAYS)); // due 1 Apr: 14 days
        assertEquals(Money.ZERO, arrears.of(ArrearsAge.OVER_90_DAYS));
        assertEquals(LocalDate.of(2026, 2, 1), arrears.oldestUnpaidSince());
    }

    @Test
    void callsNotYetDueAndLaterPaymentsDoNotCount() {
        RentAccount account = new RentAccount(calls(4), List.of(paid("600.00", LocalDate.of(2026, 5, 2))));
        Arrears before = account.arrearsOn(LocalDate.of(2026, 2, 15));
        assertEquals(Money.of("300.00"), before.total()); // January and February; the payment came later
        Arrears after = account.arrearsOn(LocalDate.of(2026, 5, 2));
        assertFalse(after.any());
        assertNull(after.oldestUnpaidSince());
    }

    @Test
    void theStatementRunsTheBalanceLineByLine() {
        RentAccount account = new RentAccount(calls(2), List.of(paid("100.00", LocalDate.of(2026, 1, 1)),
                paid("250.00", LocalDate.of(2026, 2, 20))));
        List<RentAccount.Line> lines = account.statement();
        assertEquals(4, lines.size());
        assertEquals(Money.of("150.00"), lines.get(0).balance()); // the call comes before a same-day payment
        assertEquals(Money.of("50.00"), lines.get(1).balance());
        assertEquals(Money.of("200.00"), lines.get(2).balance());
        assertEquals(Money.of("-50.00"), lines.get(3).balance());
        assertEquals(Money.of("-50.00"), account.balance());
    }

    @Test
    void noCallForAMonthTheHouseholdDidNotLiveThere() {
        assertEquals("rent.call.outsideOccupancy", assertThrows(RentRefused.class,
                () -> RentCall.issue(OCCUPANCY, YearMonth.of(2025, 12), Instant.EPOCH)).messageKey());
    }

    @Test
    void theDepositKeptForUnpaidRentSettlesTheOldestDebtsAndItsCancellationTakesItBack() {
        SecurityDeposit deposit = SecurityDeposit.receive(1L, 10L, Money.of("400.00"), Money.of("400.00"),
                LocalDate.of(2026, 1, 1), PaymentMethod.CHEQUE, "gestion", Instant.EPOCH);
        DepositDeduction kept = deposit.deductForUnpaidRent(List.of(), "Loyers impayés", Money.of("200.00"),
                "Départ avec une dette", Money.of("600.00"), "gestion", Instant.EPOCH);
        AccountEntry credit = AccountEntry.depositDeduction(1L, kept, LocalDate.of(2026, 4, 10), "gestion",
                Instant.EPOCH);
        assertEquals(EntryKind.DEPOSIT_DEDUCTION, credit.getKind());
        assertEquals(Money.of("-200.00"), credit.getAmount());
        RentAccount after = new RentAccount(calls(4), List.of(), List.of(credit));
        Arrears arrears = after.arrearsOn(LocalDate.of(2026, 4, 15));
        // January settled, February 100.00 short, March and April unpaid
        assertEquals(Money.of("400.00"), arrears.total());
        assertEquals(Money.of("100.00"), arrears.of(ArrearsAge.DAYS_61_TO_90));
        assertEquals(LocalDate.of(2026, 2, 1), arrears.oldestUnpaidSince());
        assertEquals(Money.of("600.00"), after.arrearsOn(LocalDate.of(2026, 4, 9)).total(), "not before its day");
        assertEquals(Money.of("150.00"), after.settlements().get(0).paid(), "January paid by the deposit");

        DepositDeduction cancellation = deposit.cancel(kept, List.of(kept), "Saisie en double", "coordination",
                Instant.EPOCH);
        AccountEntry takenBack = AccountEntry.deductionCancelled(1L, cancellation, LocalDate.of(2026, 4, 20),
                "coordination", Instant.EPOCH);
        assertEquals(EntryKind.DEDUCTION_CANCELLED, takenBack.getKind());
        assertEquals(Money.of("200.00"), takenBack.getAmount());
        RentAccount cancelled = new RentAccount(calls(4), List.of(), List.of(credit, takenBack));
        Arrears back = cancelled.arrearsOn(LocalDate.of(2026, 4, 20));
        assertEquals(Money.of("600.00"), back.total());
        assertEquals(LocalDate.of(2026, 1, 1), back.oldestUnpaidSince(), "the debts keep their age, none is new");
        assertEquals(Money.of("150.00"), back.of(ArrearsAge.OVER_90_DAYS));
        assertEquals(Money.ZERO, cancelled.settlements().get(0).paid(), "January no longer paid");
        assertEquals(Money.of("600.00"), cancelled.balance());
        List<RentAccount.Line> lines = cancelled.statement();
        assertEquals(RentAccount.LineKind.DEDUCTION_CANCELLED, lines.get(lines.size() - 1).kind());
        assertEquals(Money.of("600.00"), lines.get(lines.size() - 1).balance());
        assertThrows(IllegalArgumentException.class, () -> AccountEntry.depositDeduction(1L, deposit.deduct(
                List.of(), "Peinture", Money.of("10.00"), "Murs", "gestion", Instant.EPOCH),
                LocalDate.of(2026, 4, 10), "gestion", Instant.EPOCH), "an ordinary deduction has no entry");
    }
}
