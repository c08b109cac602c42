package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.money.Money;
import org.junit.jupiter.api.Test;

/** A deposit under article 22 of the law of 6 July 1989, for a rent of 585.00 excluding charges. */
class SecurityDepositTest {

    private static final Money RENT = Money.of("585.00");
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);

    private static SecurityDeposit deposit(String amount) {
        return SecurityDeposit.receive(1L, 10L, RENT, Money.of(amount), RECEIVED, PaymentMethod.CHEQUE, "gestion",
                Instant.EPOCH);
    }

    @Test
    void atMostOneMonthsRentExcludingChargesIsReceived() {
        assertEquals(Money.of("585.00"), deposit("585.00").getAmount());
        RentRefused above = assertThrows(RentRefused.class, () -> deposit("585.01"));
        assertEquals("deposit.aboveCeiling", above.messageKey());
        assertEquals(List.of(RENT), above.arguments(), "the message says the ceiling");
        assertEquals("deposit.notPositive", assertThrows(RentRefused.class, () -> deposit("0.00")).messageKey());
    }

    @Test
    void theDeadlineIsOneMonthAfterTheKeysWhenTheInspectionsMatchTwoOtherwise() {
        SecurityDeposit matching = deposit("500.00");
        assertNull(matching.returnDeadline(), "no deadline while the keys are not back");
        matching.keysReturned(LocalDate.of(2026, 3, 31), true, "gestion");
        assertEquals(LocalDate.of(2026, 4, 30), matching.returnDeadline());

        SecurityDeposit differing = deposit("500.00");
        differing.keysReturned(LocalDate.of(2026, 3, 31), false, "gestion");
        assertEquals(LocalDate.of(2026, 5, 31), differing.returnDeadline());
        assertEquals("deposit.keysAlreadyReturned", assertThrows(RentRefused.class,
                () -> differing.keysReturned(LocalDate.of(2026, 4, 1), true, "gestion")).messageKey());
        assertEquals("deposit.keysBeforeReceipt", assertThrows(RentRefused.class,
                () -> deposit("500.00").keysReturned(RECEIVED.minusDays(1), true, "gestion")).messageKey());
    }

    @Test
    void aLateReturnOwesTenPercentOfTheRentForEachMonthBegunLate() {
        SecurityDeposit deposit = deposit("500.00");
        deposit.keysReturned(LocalDate.of(2026, 3, 10), true, "gestion"); // due by 10 April
        assertEquals(0, deposit.monthsLateOn(LocalDate.of(2026, 4, 10)));
        assertEquals(Money.ZERO, deposit.penaltyOn(LocalDate.of(2026, 4, 10), RENT), "on the deadline: on time");
        assertEquals(1, deposit.monthsLateOn(LocalDate.of(2026, 4, 11)));
        assertEquals(Money.of("58.50"), deposit.penaltyOn(LocalDate.of(2026, 4, 11), RENT), "a day late: a month begun");
        assertEquals(Money.of("58.50"), deposit.penaltyOn(LocalDate.of(2026, 5, 10), RENT), "a whole month late");
        assertEquals(2, deposit.monthsLateOn(LocalDate.of(2026, 5, 11)));
        assertEquals(Money.of("117.00"), deposit.penaltyOn(LocalDate.of(2026, 5, 11), RENT));
        assertEquals(Money.of("175.50"), deposit.penaltyOn(LocalDate.of(2026, 6, 20), RENT));
        assertEquals(Money.of("48.35"), deposit.penaltyOn(LocalDate.of(2026, 4, 20), Money.of("483.45")),
                "48.345 to the cent, half up");

        deposit.returnOn(LocalDate.of(2026, 5, 11), List.of(), RENT, "gestion");
        assertEquals(Money.of("117.00"), deposit.getPenalty());
        assertEquals(Money.of("500.00"), deposit.getReturnedAmount());
        assertEquals("deposit.alreadyReturned", assertThrows(RentRefused.class,
                () -> deposit.returnOn(LocalDate.of(2026, 5, 12), List.of(), RENT, "gestion")).messageKey());
    }

    @Test
    void aReturnWithinTheDeadlineOwesNothingAndComesOnlyAfterTheKeys() {
        SecurityDeposit deposit = deposit("500.00");
        assertEquals("deposit.keysNotReturned", assertThrows(RentRefused.class,
                () -> deposit.returnOn(LocalDate.of(2026, 4, 1), List.of(), RENT, "gestion")).messageKey());
        deposit.keysReturned(LocalDate.of(2026, 3, 10), false, "gestion");
        assertEquals("deposit.returnBeforeKeys", assertThrows(RentRefused.class,
                () -> deposit.returnOn(LocalDate.of(2026, 3, 9), List.of(), RENT, "gestion")).messageKey());
        deposit.returnOn(LocalDate.of(2026, 5, 10), List.of(), RENT, "gestion");
        assertEquals(Money.ZERO, deposit.getPenalty(), "two months when the inspections differ");
        assertTrue(deposit.isReturned());
    }

    @Test
    void deductionsNeverExceedTheDepositAndACancelledOneCountsNoMore() {
        SecurityDeposit deposit = deposit("500.00");
        List<DepositDeduction> lines = new ArrayList<>();
        lines.add(deposit.deduct(lines, "Peinture chambre", Money.of("300.00"), "Murs tachés (état des lieux)",
                "gestion", Instant.EPOCH));
        DepositDeduction cleaning = deposit.deduct(lines, "Ménage", Money.of("200.00"), "Logement rendu sale",
                "gestion", Instant.EPOCH);
        lines.add(cleaning);
        assertEquals(Money.ZERO, deposit.toReturn(lines), "the whole deposit may be kept, not more");
        RentRefused above = assertThrows(RentRefused.class, () -> deposit.deduct(lines, "Serrure", Money.of("0.01"),
                "Clé perdue", "gestion", Instant.EPOCH));
        assertEquals("deposit.deduction.aboveDeposit", above.messageKey());
        assertEquals("deposit.deduction.reasonMissing", assertThrows(RentRefused.class, () -> deposit.deduct(
                List.of(), "Serrure", Money.of("10.00"), " ", "gestion", Instant.EPOCH)).messageKey());
        assertEquals("deposit.deduction.labelMissing", assertThrows(RentRefused.class, () -> deposit.deduct(
                List.of(), " ", Money.of("10.00"), "Clé perdue", "gestion", Instant.EPOCH)).messageKey());

        DepositDeduction cancel = deposit.cancel(cleaning, lines, "Ménage fait par le ménage finalement",
                "coordination", Instant.EPOCH);
        assertEquals(Money.of("-200.00"), cancel.getAmount());
        assertEquals("coordination", cancel.getRecordedBy());
        lines.add(cancel);
        assertEquals(Money.of("300.00"), SecurityDeposit.deducted(lines));
        assertEquals(Money.of("200.00"), deposit.toReturn(lines));
        assertEquals(Money.of("-200.00"), cancel.getAmount());
        assertEquals("deposit.deduction.cancelOfCancel", assertThrows(RentRefused.class,
                () -> deposit.cancel(cancel, lines, "Erreur", "gestion", Instant.EPOCH)).messageKey());

        deposit.keysReturned(LocalDate.of(2026, 3, 10), true, "gestion");
        deposit.returnOn(LocalDate.of(2026, 3, 20), lines, RENT, "gestion");
        assertEquals(Money.of("200.00"), deposit.getReturnedAmount());
        assertEquals("deposit.alreadyReturned", assertThrows(RentRefused.class, () -> deposit.deduct(lines,
                "Serrure", Money.of("1.00"), "Clé perdue", "gestion", Instant.EPOCH)).messageKey());
    }

    @Test
    void aDeductionForUnpaidRentIsAtMostWhatTheHouseholdOwesAndItsCancellationSaysSoToo() {
        SecurityDeposit deposit = deposit("500.00");
        List<DepositDeduction> lines = new ArrayList<>();
        RentRefused above = assertThrows(RentRefused.class, () -> deposit.deductForUnpaidRent(lines,
                "Loyers de mars et avril", Money.of("300.01"), "Impayés au départ", Money.of("300.00"), "gestion",
                Instant.EPOCH));
        assertEquals("deposit.deduction.aboveArrears", above.messageKey());
        assertEquals(List.of(Money.of("300.00")), above.arguments(), "the message says what is owed");
        assertEquals("deposit.deduction.noArrears", assertThrows(RentRefused.class, () -> deposit.deductForUnpaidRent(
                lines, "Loyers", Money.of("1.00"), "Impayés", Money.ZERO, "gestion", Instant.EPOCH)).messageKey());
        assertEquals("deposit.deduction.aboveDeposit", assertThrows(RentRefused.class,
                () -> deposit.deductForUnpaidRent(lines, "Loyers", Money.of("500.01"), "Impayés",
                        Money.of("900.00"), "gestion", Instant.EPOCH)).messageKey(), "nor more than the deposit");

        DepositDeduction rent = deposit.deductForUnpaidRent(lines, "Loyers de mars et avril", Money.of("300.00"),
                "Impayés au départ", Money.of("300.00"), "gestion", Instant.EPOCH);
        assertTrue(rent.isForUnpaidRent());
        assertEquals(Money.of("300.00"), rent.getAmount());
        lines.add(rent);
        DepositDeduction paint = deposit.deduct(lines, "Peinture", Money.of("50.00"), "Murs tachés", "gestion",
                Instant.EPOCH);
        assertFalse(paint.isForUnpaidRent(), "an ordinary deduction is not credited to the rent account");
        DepositDeduction cancel = deposit.cancel(rent, lines, "Les loyers ont été payés", "coordination",
                Instant.EPOCH);
        assertTrue(cancel.isForUnpaidRent(), "its cancellation takes the credit back");
        assertEquals(Money.of("-300.00"), cancel.getAmount());
    }

    @Test
    void theReceiptKeepsItsReferenceWhenItHasOne() {
        assertEquals("CHQ 1234567", SecurityDeposit.receive(1L, 10L, RENT, Money.of("500.00"), RECEIVED,
                PaymentMethod.CHEQUE, "  CHQ 1234567 ", "gestion", Instant.EPOCH).getReference());
        assertNull(SecurityDeposit.receive(1L, 10L, RENT, Money.of("500.00"), RECEIVED, PaymentMethod.CASH, " ",
                "gestion", Instant.EPOCH).getReference(), "none for cash");
        RentRefused tooLong = assertThrows(RentRefused.class, () -> SecurityDeposit.receive(1L, 10L, RENT,
                Money.of("500.00"), RECEIVED, PaymentMethod.TRANSFER, "V".repeat(81), "gestion", Instant.EPOCH));
        assertEquals("deposit.referenceTooLong", tooLong.messageKey());
        assertEquals(List.of(80), tooLong.arguments());
    }
}
