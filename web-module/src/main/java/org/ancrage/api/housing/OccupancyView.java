package org.ancrage.api.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.housing.Agreement;
import org.ancrage.housing.Occupancy;
import org.ancrage.housing.OccupancyEnd;

public record OccupancyView(Long id, Long dwellingId, Long householdId, Long measureId, Long programmeId,
        Agreement agreement, LocalDate start, BigDecimal rent, BigDecimal charges, BigDecimal housingBenefit,
        BigDecimal monthlyAmountDue, LocalDate end, OccupancyEnd endedBy, String exitState, long version) {
    static OccupancyView of(Occupancy o) {
        return new OccupancyView(o.getId(), o.getDwellingId(), o.getHouseholdId(), o.getMeasureId(),
                o.getProgrammeId(), o.getAgreement(), o.getStart(), o.getRent().amount(),
                o.getCharges().amount(), o.getHousingBenefit().amount(), o.monthlyAmountDue().amount(), o.getEnd(),
                o.getEndedBy(), o.getExitState(), o.getVersion());
    }
}
