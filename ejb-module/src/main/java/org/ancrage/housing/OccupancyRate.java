package org.ancrage.housing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one definition of a programme's occupancy rate, for the capacity page and the statistics
 * alike: place-days taken ÷ place-days financed over a period, in percent with one decimal. A
 * place is taken, each day, by a household placed where the programme includes housing, by a
 * measure under way otherwise; on one day it is the places taken ÷ the places financed that day.
 * None when nothing is financed.
 */
public record OccupancyRate(long takenPlaceDays, long financedPlaceDays) {

    public BigDecimal percent() {
        if (financedPlaceDays == 0) {
            return null;
        }
        return BigDecimal.valueOf(takenPlaceDays * 100L).divide(BigDecimal.valueOf(financedPlaceDays), 1,
                RoundingMode.HALF_UP);
    }
}
