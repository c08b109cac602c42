package org.ancrage.api.housing;

import java.time.LocalDate;
import org.ancrage.housing.FinancedCapacity;

public record FinancedView(Long id, Long programmeId, int places, LocalDate validFrom, LocalDate validTo,
        String funderReference) {
    static FinancedView of(FinancedCapacity f) {
        return new FinancedView(f.getId(), f.getProgrammeId(), f.getPlaces(), f.getValidFrom(), f.getValidTo(),
                f.getFunderReference());
    }
}
