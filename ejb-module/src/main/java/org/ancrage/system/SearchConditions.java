package org.ancrage.system;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a search and the values they bind, built together so that a value is never
 * written into the query's text: each condition holds {@code ?} where its value goes, and only the
 * conditions whose value is given are kept (null means "any", PostgreSQL cannot type
 * {@code ? is null} on its own).
 * <pre>
 * SearchConditions where = SearchConditions.jpql()
 *         .and("d.state = ?", filter.state())
 *         .and("lower(d.city) like ?", city == null ? null : city + "%");
 * where.bind(em.createQuery("select d from Dwelling d" + where.where() + " order by d.city", Dwelling.class));
 * </pre>
 * In JPQL the values are named
 * {@code :p1, :p2…} (another prefix when two sets of conditions share a query); in SQL (a native
 * query) they are numbered {@code ?1, ?2…} from the position given.
 */
public final class SearchConditions {

    private final boolean jpql;
    private final String prefix;
    private final int firstPosition;
    private final List<String> conditions = new ArrayList<>();
    private final Map<Object, Object> values = new LinkedHashMap<>();

    private SearchConditions(boolean jpql, String prefix, int firstPosition) {
        this.jpql = jpql;
        this.prefix = prefix;
        this.firstPosition = firstPosition;
    }

    /** Conditions of a JPQL query, their values named {@code :p1, :p2…}. */
    public static SearchConditions jpql() {
        return jpql("p");
    }

    /** Conditions of a JPQL query, their values named {@code :<prefix>1, :<prefix>2…}. */
    public static SearchConditions jpql(String prefix) {
        return new SearchConditions(true, prefix, 1);
    }

    /** Conditions of a native SQL query, their values numbered {@code ?1, ?2…}. */
    public static SearchConditions sql() {
        return sql(1);
    }

    /** The same, numbered from {@code firstPosition} (after the query's own numbered values). */
    public static SearchConditions sql(int firstPosition) {
        return new SearchConditions(false, null, firstPosition);
    }

    /**
     * A condition holding one {@code ?} per value, in order; kept only when every value is given
     * (a condition without values is always kept). A value used twice is given twice.
     */
    public SearchConditions and(String condition, Object... values) {
        if (values == null) { // and("x = ?", null): one value, not given
            return this;
        }
        int marks = (int) condition.chars().filter(c -> c == '?').count();
        if (marks != values.length) {
            throw new IllegalArgumentException(marks + " '?' for " + values.length + " values in: " + condition);
        }
        for (Object value : values) {
            if (value == null) {
                return this;
            }
        }
        StringBuilder text = new StringBuilder();
        int value = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                Object key = jpql ? prefix + (this.values.size() + 1) : firstPosition + this.values.size();
                this.values.put(key, values[value++]);
                text.append(jpql ? ":" : "?").append(key);
            } else {
                text.append(c);
            }
        }
        conditions.add(text.toString());
        return this;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** {@code " where a and b"}, or nothing when there is no condition. */
    public String where() {
        return isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** {@code " and a and b"}, to follow a where clause of the query's own; nothing when there is no condition. */
    public String and() {
        return isEmpty() ? "" : " and " + String.join(" and ", conditions);
    }

    /** The values, by name (JPQL) or position (SQL), in the order given. */
    public Map<Object, Object> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** Sets the values on {@code query}, whose text holds these conditions. */
    public <Q extends Query> Q bind(Q query) {
        values.forEach((key, value) -> {
            if (key instanceof String name) {
                query.setParameter(name, value);
            } else {
                query.setParameter((Integer) key, value);
            }
        });
        return query;
    }
}
