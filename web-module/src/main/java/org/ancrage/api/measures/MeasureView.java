package org.ancrage.api.measures;

import java.time.LocalDate;
import java.util.List;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureStatus;

public record MeasureView(Long id, Long householdId, Long programmeId, String programme, Long referentWorkerId,
        Long serviceUnitId, LocalDate start, MeasureStatus status, List<PeriodView> periods, LocalDate evaluationDue,
        LocalDate endDate, EndReason endReason, HousingOutcome housingOutcome, LocalDate followUpDue, long version) {
    public static MeasureView of(Measure m) {
        return new MeasureView(m.getId(), m.getHouseholdId(), m.getProgramme().getId(), m.getProgramme().getName(),
                m.getReferentWorkerId(), m.getServiceUnitId(), m.getStart(), m.getStatus(),
                m.getPeriods().stream().map(PeriodView::of).toList(), m.evaluationDue().orElse(null),
                m.getEndDate(), m.getEndReason(),
                m.getHousingOutcome(), m.getFollowUpDue(),
                m.getVersion());
    }
}
