package org.ancrage.jobs.rent;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.KeysetReader;
import org.ancrage.rent.RentService;

/** The occupancies owing a call for the month, in id order. */
@Named
@Dependent
public class OccupancyToCallReader extends KeysetReader<Long> {

    @EJB
    private JobIdentity identity;

    @EJB
    private RentService rent;

    @Inject
    @BatchProperty
    private String month;

    @Inject
    @BatchProperty
    private String pageSize;

    @Override
    protected List<Long> pageAfter(long afterId, int size) {
        return identity.call(() -> rent.occupanciesToCall(RentCallWriter.month(month), afterId, size));
    }

    @Override
    protected long idOf(Long occupancyId) {
        return occupancyId;
    }

    @Override
    protected int pageSize() {
        return Integer.parseInt(pageSize);
    }
}
