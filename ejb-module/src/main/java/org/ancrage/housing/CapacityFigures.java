package org.ancrage.housing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A programme's financed places against the places taken on one day: households placed where the
 * programme includes housing, measures under way otherwise.
 */
public record CapacityFigures(long programmeId, String programme, LocalDate on, int financedPlaces,
        long occupiedPlaces) {

    /** Occupied places as a percentage of financed places, one decimal ({@link OccupancyRate} over one day). */
    public BigDecimal occupancyRate() {
        return new OccupancyRate(occupiedPlaces, financedPlaces).percent();
    }

    public long vacantPlaces() {
        return Math.max(0, financedPlaces - occupiedPlaces);
    }
}
