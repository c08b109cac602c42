package org.ancrage.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only the conditions whose values are given are kept, and every value is bound, never written into the text. */
class SearchConditionsTest {

    @Test
    void onlyTheConditionsGivenAValueAreKeptAndTheirValuesNamed() {
        SearchConditions where = SearchConditions.jpql()
                .and("d.state = ?", "VACANT")
                .and("d.size = ?", (Object) null)
                .and("lower(d.city) like ?", "bar%")
                .and("d.archived = false");
        assertEquals(" where d.state = :p1 and lower(d.city) like :p2 and d.archived = false", where.where());
        assertEquals(" and d.state = :p1 and lower(d.city) like :p2 and d.archived = false", where.and());
        assertEquals(Map.of("p1", "VACANT", "p2", "bar%"), where.values());
    }

    @Test
    void nothingGivenIsNoClauseAtAll() {
        SearchConditions where = SearchConditions.jpql().and("a.username = ?", (Object) null);
        assertTrue(where.isEmpty());
        assertEquals("", where.where());
        assertEquals("", where.and());
    }

    @Test
    void aValueUsedTwiceIsGivenTwiceAndAConditionWithAMissingValueIsLeftOut() {
        SearchConditions where = SearchConditions.jpql("reach")
                .and("(i.householdId in (select 1 where 1 = ?) or i.dwellingId in (select 2 where 2 = ?))", 7L, 7L)
                .and("x.a = ? and x.b = ?", 1, null);
        assertEquals(" where (i.householdId in (select 1 where 1 = :reach1) or i.dwellingId in (select 2 where 2 = :reach2))",
                where.where());
        assertEquals(Map.of("reach1", 7L, "reach2", 7L), where.values());
    }

    @Test
    void inSqlTheValuesAreNumberedFromThePositionGiven() {
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        SearchConditions where = SearchConditions.sql(2).and("c.household_id IN (SELECT id FROM household"
                + " WHERE service_unit_id = ?)", 4L).and("c.due_date <= ?", asOf);
        assertEquals(" and c.household_id IN (SELECT id FROM household WHERE service_unit_id = ?2) and c.due_date <= ?3",
                where.and());
        Map<Object, Object> bound = new LinkedHashMap<>();
        Query query = (Query) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Query.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setParameter")) {
                        bound.put(args[0], args[1]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        assertSame(query, where.bind(query));
        assertEquals(Map.of(2, 4L, 3, asOf), bound);
    }

    @Test
    void aConditionMustHoldOneMarkPerValue() {
        assertThrows(IllegalArgumentException.class, () -> SearchConditions.jpql().and("a = ? and b = ?", 1));
        assertFalse(SearchConditions.sql().and("a = 1").isEmpty());
    }
}
