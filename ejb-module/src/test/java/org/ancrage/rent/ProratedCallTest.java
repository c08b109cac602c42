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

/** A call covering part of a month is prorated by days, to the cent; a credit is carried to the next call. */
class ProratedCallTest {

    private static final Occupancy.Terms TERMS = new Occupancy.Terms(Money.of("480.00"), Money.of("70.00"),
            Money.of("100.00"));

    @Test
    void fromThe17thOfA30DayMonthFourteenDaysAreCalled() {
        Occupancy june = Placements.subLease(LocalDate.of(2026, 6, 17), "480.00", "70.00", "100.00");
        RentCall call = RentCall.issue(june, YearMonth.of(2026, 6), TERMS, null, null, Instant.EPOCH);
        assertEquals(14, call.getDaysCalled());
        assertEquals(30, call.getDaysInMonth());
        assertEquals(Money.of("224.00"), call.getRent());
        assertEquals(Money.of("32.67"), call.getCharges());
        assertEquals(Money.of("100.00"), call.getHousingBenefit());
        assertEquals(Money.of("156.67"), call.getAmountDue());
    }

    @Test
    void fromThe17thOfA31DayMonthFifteenDaysAreCalled() {
        Occupancy july = Placements.subLease(LocalDate.of(2026, 7, 17), "480.00", "70.00", "100.00");
        RentCall call = RentCall.issue(july, YearMonth.of(2026, 7), TERMS, null, Money.ZERO, Instant.EPOCH);
        assertEquals(15, call.getDaysCalled());
        assertEquals(Money.of("232.26"), call.getRent());
        assertEquals(Money.of("33.87"), call.getCharges());
        assertEquals(Money.of("266.13"), call.getAmountDue(), "no benefit declared for the month of entry");
    }

    @Test
    void aDepartureOnThe10thCallsNineDaysAndNothingAfter() {
        Occupancy occupancy = Placements.subLease(LocalDate.of(2026, 1, 1), "480.00", "70.00", "100.00");
        LocalDate leaves = LocalDate.of(2026, 8, 10);
        RentCall august = RentCall.issue(occupancy, YearMonth.of(2026, 8), TERMS, leaves, null, Instant.EPOCH);
        assertEquals(9, august.getDaysCalled());
        assertEquals(Money.of("59.67"), august.getAmountDue());
        RentCall july = RentCall.issue(occupancy, YearMonth.of(2026, 7), TERMS, leaves, null, Instant.EPOCH);
        assertFalse(july.isProrated());
        assertNull(july.getDaysCalled());
        assertEquals("rent.call.outsideOccupancy", assertThrows(RentRefused.class, () -> RentCall.issue(occupancy,
                YearMonth.of(2026, 9), TERMS, leaves, null, Instant.EPOCH)).messageKey());
    }

    @Test
    void theBenefitNeverExceedsWhatIsCalled() {
        Occupancy lastDay = Placements.subLease(LocalDate.of(2026, 6, 30), "480.00", "70.00", "100.00");
        RentCall call = RentCall.issue(lastDay, YearMonth.of(2026, 6), TERMS, null, null, Instant.EPOCH);
        assertEquals(Money.of("18.33"), call.getHousingBenefit(), "16.00 + 2.33 called, benefit capped");
        assertEquals(Money.ZERO, call.getAmountDue());
    }

    @Test
    void anOverpaymentIsCarriedToTheNextCall() {
        Occupancy occupancy = Placements.subLease(LocalDate.of(2026, 1, 1), "400.00", "50.00", "300.00");
        List<RentCall> calls = List.of(RentCall.issue(occupancy, YearMonth.of(2026, 1), Instant.EPOCH),
                RentCall.issue(occupancy, YearMonth.of(2026, 2), Instant.EPOCH));
        Payment paid = new Payment(1L, 10L, LocalDate.of(2026, 1, 20), Money.of("200.00"), Payer.HOUSEHOLD,
                PaymentMethod.CASH, "Reçu 12", null, Instant.EPOCH);
        List<RentAccount.Line> lines = new RentAccount(calls, List.of(paid)).statement();
        assertEquals(Money.of("-50.00"), lines.get(1).balance());
        assertEquals(Money.of("50.00"), lines.get(2).creditCarried());
        assertEquals(Money.of("100.00"), lines.get(2).balance());
    }
}
