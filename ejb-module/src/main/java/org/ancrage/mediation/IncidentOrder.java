package org.ancrage.mediation;

/** How a list of incidents is sorted: by the date it happened or by its kind, either way round. */
public enum IncidentOrder {
    OLDEST_FIRST("i.occurredOn, i.id"),
    NEWEST_FIRST("i.occurredOn desc, i.id desc"),
    KIND("i.kind, i.occurredOn, i.id"),
    KIND_DESCENDING("i.kind desc, i.occurredOn, i.id");

    private final String jpql;

    IncidentOrder(String jpql) {
        this.jpql = jpql;
    }

    /** The JPQL {@code order by} list, on an incident aliased {@code i}. */
    String jpql() {
        return jpql;
    }
}
