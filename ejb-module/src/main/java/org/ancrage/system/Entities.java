package org.ancrage.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The one way a service looks a record up by its id for a business call: the record, or a
 * {@link NotFoundException} naming its type (said in the reader's language, {@code record.<Type>}).
 * A look-up that may find nothing and is not a refusal stays {@code Optional.ofNullable(em.find(…))}.
 */
public final class Entities {

    private Entities() {
    }

    /** The {@code type} record with this id; {@link NotFoundException} when there is none. */
    public static <T> T require(EntityManager em, Class<T> type, Object id) {
        return found(em.find(type, id), type, id);
    }

    /** As {@link #require(EntityManager, Class, Object)}, the record locked with {@code lock}. */
    public static <T> T require(EntityManager em, Class<T> type, Object id, LockModeType lock) {
        return found(em.find(type, id, lock), type, id);
    }

    private static <T> T found(T record, Class<T> type, Object id) {
        if (record == null) {
            throw new NotFoundException(type, id);
        }
        return record;
    }
}
