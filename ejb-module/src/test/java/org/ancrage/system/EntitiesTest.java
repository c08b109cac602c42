package org.ancrage.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.lang.reflect.Proxy;
import java.util.List;
import org.ancrage.measures.Measure;
import org.junit.jupiter.api.Test;

/** A record looked up by id is found, or refused as not found naming its type and id. */
class EntitiesTest {

    private final Object stored = new Object();

    /** An entity manager that knows one record: id 1, whatever the type. */
    private EntityManager knowingOnlyIdOne() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Long.valueOf(1L).equals(args[1]) ? stored : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theRecordIsReturnedWhenItExists() {
        assertSame(stored, Entities.require(knowingOnlyIdOne(), Object.class, 1L));
        assertSame(stored, Entities.require(knowingOnlyIdOne(), Object.class, 1L, LockModeType.PESSIMISTIC_WRITE));
    }

    @Test
    void aMissingRecordIsNotFoundNamingItsTypeAndId() {
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> Entities.require(knowingOnlyIdOne(), Measure.class, 2L));
        assertEquals("record.notFound", missing.messageKey());
        assertEquals(List.of(new DomainMessages.Label("record.Measure", "Measure"), 2L), missing.arguments());
        assertThrows(NotFoundException.class,
                () -> Entities.require(knowingOnlyIdOne(), Measure.class, 2L, LockModeType.PESSIMISTIC_WRITE));
    }
}
