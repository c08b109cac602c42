package org.ancrage.jobs;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads items in id order, a page per query ({@code id > last} rather than an offset, so each page
 * costs the same however far the job is). The checkpoint is the id of the last item handed out: a
 * restart resumes right after the last committed chunk.
 */
public abstract class KeysetReader<T> extends AbstractItemReader {

    private final Deque<T> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    /** The next items after {@code afterId}, in id order, at most {@code size}. */
    protected abstract List<T> pageAfter(long afterId, int size);

    protected abstract long idOf(T item);

    protected abstract int pageSize();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            int size = pageSize();
            page.addAll(pageAfter(lastId, size));
            exhausted = page.size() < size;
        }
        T next = page.poll();
        if (next != null) {
            lastId = idOf(next);
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
