package org.ancrage.jobs.departures;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.housing.OccupancyService;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.JobProblems;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.DomainException;

/**
 * Applies each scheduled departure of the chunk on its own date. The service locks the scheduled
 * row and reads its status again, so a second run, a restart or a run alongside applies nothing
 * twice; one that the housing rules now refuse (the main lease ended meanwhile…) stays scheduled
 * and is reported with its reason, the others are applied.
 */
@Named
@Dependent
public class DepartureWriter extends AbstractItemWriter {

    @EJB
    private JobIdentity identity;

    @EJB
    private OccupancyService occupancies;

    @EJB
    private JobProblems problems;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String runDate;

    static LocalDate day(String parameter) {
        return parameter == null || parameter.isBlank() ? AssociationClock.today() : LocalDate.parse(parameter);
    }

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            long id = (Long) item;
            try {
                identity.call(() -> occupancies.applyScheduledDeparture(id, day(runDate)));
            } catch (DomainException refused) {
                problems.record(job.getExecutionId(), job.getJobName(), "scheduled departure " + id,
                        refused.getMessage());
            }
        }
    }
}
