package org.ancrage.jobs.statistics;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.reporting.StatisticsService;
import org.ancrage.system.AssociationClock;

/** The scopes (programme, service) of the year, in order; the checkpoint is how many were read. */
@Named
@Dependent
public class StatisticsScopeReader extends AbstractItemReader {

    @EJB
    private JobIdentity identity;

    @EJB
    private StatisticsService statistics;

    @Inject
    @BatchProperty
    private String year;

    private List<long[]> scopes;
    private int position;

    static int year(String parameter) {
        return parameter == null || parameter.isBlank() ? AssociationClock.thisYear() : Integer.parseInt(parameter);
    }

    @Override
    public void open(Serializable checkpoint) {
        int of = year(year);
        scopes = identity.call(() -> statistics.scopesOf(of));
        position = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return position < scopes.size() ? scopes.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
