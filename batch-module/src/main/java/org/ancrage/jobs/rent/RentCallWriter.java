package org.ancrage.jobs.rent;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.rent.RentService;
import org.ancrage.system.AssociationClock;

/**
 * Issues the month's calls of a chunk of occupancies in one statement, over the chunk's id range:
 * the statement itself skips an occupancy already called, so a restart never calls twice.
 */
@Named
@Dependent
public class RentCallWriter extends AbstractItemWriter {

    @EJB
    private JobIdentity identity;

    @EJB
    private RentService rent;

    @Inject
    @BatchProperty
    private String month;

    static YearMonth month(String parameter) {
        return parameter == null || parameter.isBlank() ? AssociationClock.thisMonth() : YearMonth.parse(parameter);
    }

    @Override
    public void writeItems(List<Object> items) {
        long first = (Long) items.get(0);
        long last = (Long) items.get(items.size() - 1);
        identity.call(() -> rent.issueRentCalls(month(month), first, last));
    }
}
