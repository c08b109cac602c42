package org.ancrage.jobs.departures;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ancrage.housing.OccupancyService;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.KeysetReader;

/** The departures and lease transfers scheduled whose date has come on the run date, in id order. */
@Named
@Dependent
public class DueDepartureReader extends KeysetReader<Long> {

    @EJB
    private JobIdentity identity;

    @EJB
    private OccupancyService occupancies;

    @Inject
    @BatchProperty
    private String runDate;

    @Inject
    @BatchProperty
    private String pageSize;

    @Override
    protected List<Long> pageAfter(long afterId, int size) {
        return identity.call(() -> occupancies.scheduledDeparturesDue(DepartureWriter.day(runDate), afterId, size));
    }

    @Override
    protected long idOf(Long id) {
        return id;
    }

    @Override
    protected int pageSize() {
        return Integer.parseInt(pageSize);
    }
}
