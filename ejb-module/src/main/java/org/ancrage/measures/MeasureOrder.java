package org.ancrage.measures;

/** The columns a measure list may be sorted on, each with the SQL it sorts by (never the caller's text). */
public enum MeasureOrder {
    REFERENCE("h.reference"),
    HOUSEHOLD("household_name"),
    PROGRAMME("pr.name"),
    REFERENT("u.display_name"),
    SERVICE("s.name"),
    START("m.start_date"),
    PERIOD_END("cp.end_date"),
    STATUS("m.status");

    private final String sql;

    MeasureOrder(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
