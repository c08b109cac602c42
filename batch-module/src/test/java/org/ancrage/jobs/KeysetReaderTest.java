package org.ancrage.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keyset reader of the chunked jobs: every item once, in id order, a page per query asked after the
 * last id handed out; the checkpoint is that id, so a restart resumes right after the last committed chunk.
 */
class KeysetReaderTest {

    /** Ids held in memory; each query is noted with the id it reads after. */
    private static final class Ids extends KeysetReader<Long> {
        private final List<Long> all;
        private final int size;
        final List<Long> queriedAfter = new ArrayList<>();

        Ids(int size, Long... ids) {
            this.size = size;
            this.all = List.of(ids);
        }

        @Override
        protected List<Long> pageAfter(long afterId, int max) {
            queriedAfter.add(afterId);
            return all.stream().filter(id -> id > afterId).limit(max).toList();
        }

        @Override
        protected long idOf(Long id) {
            return id;
        }

        @Override
        protected int pageSize() {
            return size;
        }
    }

    private static List<Object> readAll(KeysetReader<?> reader) {
        List<Object> read = new ArrayList<>();
        for (Object item = reader.readItem(); item != null; item = reader.readItem()) {
            read.add(item);
        }
        return read;
    }

    @Test
    void everyItemOnceInIdOrderAPagePerQueryAfterTheLastIdRead() {
        Ids reader = new Ids(3, 3L, 5L, 8L, 13L, 21L, 34L, 55L);
        reader.open(null);
        assertEquals(List.of(3L, 5L, 8L, 13L, 21L, 34L, 55L), readAll(reader));
        assertEquals(List.of(0L, 8L, 34L), reader.queriedAfter, "a short page says the end is reached");
        assertNull(reader.readItem(), "once exhausted it stays so");
        assertEquals(3, reader.queriedAfter.size(), "and asks nothing more");
    }

    @Test
    void aLastPageExactlyFullCostsOneEmptyQuery() {
        Ids reader = new Ids(2, 10L, 20L, 30L, 40L);
        reader.open(null);
        assertEquals(List.of(10L, 20L, 30L, 40L), readAll(reader));
        assertEquals(List.of(0L, 20L, 40L), reader.queriedAfter);
    }

    @Test
    void nothingToReadIsOneQuery() {
        Ids reader = new Ids(5);
        reader.open(null);
        assertNull(reader.readItem());
        assertEquals(List.of(0L), reader.queriedAfter);
        assertEquals(0L, reader.checkpointInfo(), "a checkpoint before any item starts from the beginning");
    }

    @Test
    void aRestartResumesRightAfterTheCheckpointedId() {
        Ids first = new Ids(3, 3L, 5L, 8L, 13L, 21L, 34L, 55L);
        first.open(null);
        List<Object> beforeTheCrash = List.of(first.readItem(), first.readItem(), first.readItem(), first.readItem());
        Serializable checkpoint = first.checkpointInfo();
        assertEquals(13L, checkpoint, "the id of the last item handed out");

        Ids restarted = new Ids(3, 3L, 5L, 8L, 13L, 21L, 34L, 55L);
        restarted.open(checkpoint);
        List<Object> afterTheRestart = readAll(restarted);
        assertEquals(List.of(3L, 5L, 8L, 13L), beforeTheCrash);
        assertEquals(List.of(21L, 34L, 55L), afterTheRestart, "none read twice, none missed");
        assertEquals(13L, restarted.queriedAfter.get(0));
    }
}
