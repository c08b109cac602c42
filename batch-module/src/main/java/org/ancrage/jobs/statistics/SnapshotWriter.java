package org.ancrage.jobs.statistics;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.reporting.StatisticsService;

/** Computes and keeps the snapshot of each scope of the chunk; a snapshot taken again replaces the last. */
@Named
@Dependent
public class SnapshotWriter extends AbstractItemWriter {

    @EJB
    private JobIdentity identity;

    @EJB
    private StatisticsService statistics;

    @Inject
    @BatchProperty
    private String year;

    @Override
    public void writeItems(List<Object> items) {
        int of = StatisticsScopeReader.year(year);
        for (Object item : items) {
            long[] scope = (long[]) item;
            identity.call(() -> statistics.takeSnapshot(scope[0], scope[1] == 0 ? null : scope[1], of));
        }
    }
}
