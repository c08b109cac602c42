package org.ancrage.api.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.housing.CapacityFigures;

public record FiguresView(long programmeId, String programme, LocalDate on, int financedPlaces,
        long occupiedPlaces, long vacantPlaces, BigDecimal occupancyRate) {
    static FiguresView of(CapacityFigures f) {
        return new FiguresView(f.programmeId(), f.programme(), f.on(), f.financedPlaces(), f.occupiedPlaces(),
                f.vacantPlaces(), f.occupancyRate());
    }
}
