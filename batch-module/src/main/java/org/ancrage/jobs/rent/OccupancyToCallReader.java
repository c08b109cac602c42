package org.ancrage.jobs.rent;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.rent.RentService;

/** The occupancies owing a call for the month, by id; the checkpoint is the last id handed out. */
@Named
@Dependent
public class OccupancyToCallReader extends AbstractItemReader {

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

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            int size = Integer.parseInt(pageSize);
            long after = lastId;
            YearMonth called = RentCallWriter.month(month);
            page.addAll(identity.call(() -> rent.occupanciesToCall(called, after, size)));
            exhausted = page.size() < size;
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
