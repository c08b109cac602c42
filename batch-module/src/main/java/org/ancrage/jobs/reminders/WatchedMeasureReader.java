package org.ancrage.jobs.reminders;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.KeysetReader;
import org.ancrage.reminders.DeadlineWatch;
import org.ancrage.reminders.MeasureWatch;

/** The measures to watch, in id order, each with what its deadlines depend on. */
@Named
@Dependent
public class WatchedMeasureReader extends KeysetReader<MeasureWatch> {

    @EJB
    private JobIdentity identity;

    @EJB
    private DeadlineWatch watch;

    @Inject
    @BatchProperty
    private String pageSize;

    @Override
    protected List<MeasureWatch> pageAfter(long afterId, int size) {
        return identity.call(() -> watch.watchAfter(afterId, size));
    }

    @Override
    protected long idOf(MeasureWatch measure) {
        return measure.measureId();
    }

    @Override
    protected int pageSize() {
        return pageSize == null || pageSize.isBlank() ? 500 : Integer.parseInt(pageSize);
    }
}
