package org.ancrage.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.money.Money;

/** Dwellings and occupancies built in memory, for the unit tests of housing and rent rules. */
public final class Placements {

    private Placements() {
    }

    public static Dwelling dwelling(int places) {
        Dwelling dwelling = new Dwelling(1L, 1L);
        dwelling.describe("12 rue des Lilas", "55000", "Bar-le-Duc", DwellingSize.T2, new BigDecimal("45"), 1, false,
                true);
        dwelling.terms(Money.of("420.00"), Money.of("60.00"), 7L, places);
        return dwelling;
    }

    public static Occupancy subLease(LocalDate start, String rent, String charges, String benefit) {
        return new Occupancy(dwelling(1), 10L, 20L, 7L, Agreement.SUB_LEASE, start,
                new Occupancy.Terms(Money.of(rent), Money.of(charges), Money.of(benefit)));
    }
}
