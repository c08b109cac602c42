package org.ancrage.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.ancrage.money.Money;
import org.junit.jupiter.api.Test;

class PlacementRulesTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @Test
    void aDwellingTakesNoMoreHouseholdsThanItHasPlaces() {
        Dwelling shared = Placements.dwelling(2);
        shared.acceptPlacement(0);
        assertEquals(DwellingState.AVAILABLE, shared.getState());
        shared.acceptPlacement(1);
        assertEquals(DwellingState.OCCUPIED, shared.getState());
        HousingRefused full = assertThrows(HousingRefused.class, () -> shared.acceptPlacement(2));
        assertEquals("dwelling.full", full.messageKey());
        shared.released();
        assertEquals(DwellingState.AVAILABLE, shared.getState());
    }

    @Test
    void noOneMovesIntoADwellingInWorksOrOutOfTheStock() {
        Dwelling dwelling = Placements.dwelling(1);
        dwelling.startWorks(0);
        assertEquals("dwelling.inWorks", assertThrows(HousingRefused.class, () -> dwelling.acceptPlacement(0))
                .messageKey());
        dwelling.endWorks();
        dwelling.returnToLandlord(0);
        assertEquals("dwelling.notInStock", assertThrows(HousingRefused.class, () -> dwelling.acceptPlacement(0))
                .messageKey());
        assertThrows(HousingRefused.class, () -> Placements.dwelling(1).startWorks(1));
    }

    @Test
    void theHouseholdOwesRentAndChargesLessTheHousingBenefit() {
        Occupancy occupancy = Placements.subLease(JAN, "420.00", "60.00", "312.45");
        assertEquals(Money.of("167.55"), occupancy.monthlyAmountDue());
        assertThrows(HousingRefused.class, () -> occupancy.changeTerms(new Occupancy.Terms(Money.of("100.00"),
                Money.of("10.00"), Money.of("110.01"))));
    }

    @Test
    void anOccupancyIsOpenFromItsStartUpToTheDayItEnds() {
        Occupancy occupancy = Placements.subLease(JAN, "420.00", "60.00", "0.00");
        occupancy.leave(LocalDate.of(2026, 3, 15), "Bon état, clés rendues");
        assertTrue(occupancy.isOpenOn(LocalDate.of(2026, 3, 14)));
        assertFalse(occupancy.isOpenOn(LocalDate.of(2026, 3, 15)));
        assertFalse(occupancy.isOpenOn(LocalDate.of(2025, 12, 31)));
        assertEquals("occupancy.ended", assertThrows(HousingRefused.class,
                () -> occupancy.transferLease(LocalDate.of(2026, 4, 1))).messageKey());
    }

    @Test
    void onlyASubLeaseGlidesToTheHousehold() {
        Occupancy tenant = new Occupancy(Placements.dwelling(1), 10L, null, null, Agreement.TENANT_UNDER_MANDATE, JAN,
                new Occupancy.Terms(Money.of("400.00"), Money.of("50.00"), Money.ZERO));
        assertEquals("occupancy.transferNeedsSubLease", assertThrows(HousingRefused.class,
                () -> tenant.transferLease(LocalDate.of(2026, 6, 1))).messageKey());
        Occupancy subLease = Placements.subLease(JAN, "420.00", "60.00", "0.00");
        subLease.transferLease(LocalDate.of(2026, 6, 1));
        assertEquals(OccupancyEnd.LEASE_TRANSFER, subLease.getEndedBy());
    }

    @Test
    void aLeaseRenewedTacitlyRunsOnUntilItIsEnded() {
        HousingContract lease = new HousingContract(Placements.dwelling(1), new HousingContract.Terms(
                ContractKind.MAIN_LEASE, JAN, LocalDate.of(2028, 12, 31), Money.of("420.00"), Guarantee.VISALE,
                "V123", 3, true, AfterLeaseTransfer.LEAVES_STOCK));
        assertTrue(lease.covers(LocalDate.of(2029, 6, 1)));
        assertEquals(LocalDate.of(2028, 9, 30), lease.noticeDeadline().orElseThrow());
        lease.endOnNotice(LocalDate.of(2029, 6, 30));
        assertFalse(lease.covers(LocalDate.of(2029, 7, 1)));
        assertFalse(lease.covers(LocalDate.of(2025, 12, 31)));
    }
}
