package org.ancrage.jobs.reminders;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.Jobs;
import org.ancrage.programmes.Programme;
import org.ancrage.reminders.Deadline;
import org.ancrage.reminders.DeadlineWatch;
import org.ancrage.reminders.DeadlineWatch.Raise;
import org.ancrage.reminders.MeasureWatch;

/**
 * Turns a measure into the alerts its deadlines raise on the run date: one for the referent, and
 * one for each coordinator of the service once the deadline is past. A measure that cannot be
 * watched throws {@code UnwatchableMeasure}, which the job skips and reports. Every measure
 * watched also says which deadlines it still has, so that the writer resolves the alerts whose
 * cause is gone.
 */
@Named
@Dependent
public class DeadlineProcessor implements ItemProcessor {

    @EJB
    private JobIdentity identity;

    @EJB
    private DeadlineWatch watch;

    @Inject
    @BatchProperty
    private String runDate;

    private LocalDate today;
    private Map<Long, Programme> programmes;
    private Map<Long, List<Long>> coordinators;

    @Override
    public Object processItem(Object item) {
        if (programmes == null) {
            today = runDate == null || runDate.isBlank() ? Jobs.today() : LocalDate.parse(runDate);
            programmes = identity.call(watch::programmes);
            coordinators = identity.call(watch::coordinatorsByService);
        }
        MeasureWatch measure = (MeasureWatch) item;
        List<Deadline> standing = measure.standingDeadlines(programmes.get(measure.programmeId()), today);
        List<Raise> raises = new ArrayList<>();
        for (Deadline deadline : standing.stream().filter(d -> d.isNoticeable(today)).toList()) {
            raises.add(new Raise(deadline, deadline.referentId()));
            if (deadline.isLate(today)) {
                coordinators.getOrDefault(deadline.serviceUnitId(), List.of()).stream()
                        .filter(id -> id != deadline.referentId())
                        .forEach(id -> raises.add(new Raise(deadline, id)));
            }
        }
        return new Watched(raises, new DeadlineWatch.Standing(measure.measureId(), standing));
    }

    /** A measure's alerts to raise, and the deadlines it still has (its other alerts are resolved). */
    record Watched(List<Raise> raises, DeadlineWatch.Standing standing) {
    }
}
