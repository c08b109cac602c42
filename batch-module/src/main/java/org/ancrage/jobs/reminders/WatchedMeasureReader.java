package org.ancrage.jobs.reminders;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.reminders.DeadlineWatch;
import org.ancrage.reminders.MeasureWatch;

/**
 * Reads the measures to watch in id order, a page per query. The checkpoint is the id of the
 * last measure handed out: a restart resumes right after the last committed chunk.
 */
@Named
@Dependent
public class WatchedMeasureReader extends AbstractItemReader {

    private static final int PAGE = 1000;

    @EJB
    private JobIdentity identity;

    @EJB
    private DeadlineWatch watch;

    @Inject
    @BatchProperty
    private String pageSize;

    private final Deque<MeasureWatch> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            int size = pageSize == null || pageSize.isBlank() ? PAGE : Integer.parseInt(pageSize);
            long after = lastId;
            page.addAll(identity.call(() -> watch.watchAfter(after, size)));
            exhausted = page.size() < size;
        }
        MeasureWatch next = page.poll();
        if (next != null) {
            lastId = next.measureId();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
