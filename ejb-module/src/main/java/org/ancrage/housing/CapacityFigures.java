package org.ancrage.housing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A programme's financed places against the places taken on one day: households placed where the
 * programme includes housing, measures under way otherwise.
 */
public record CapacityFigures(long programmeId, String programme, LocalDate on, int financedPlaces,
        long occupiedPlaces) {

    /** Occupied places as a percentage of financed places, one decimal; none when nothing is financed. */
    public BigDecimal occupancyRate() {
        if (financedPlaces == 0) {
            return null;
        }
        return BigDecimal.valueOf(occupiedPlaces * 100L).divide(BigDecimal.valueOf(financedPlaces), 1,
                RoundingMode.HALF_UP);
    }

    public long vacantPlaces() {
        return Math.max(0, financedPlaces - occupiedPlaces);
    }
}
