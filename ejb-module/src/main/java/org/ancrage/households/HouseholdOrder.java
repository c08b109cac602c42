package org.ancrage.households;

/** The columns a household list may be sorted on, each with the JPQL it sorts by ({@code hd} is the head). */
public enum HouseholdOrder {
    REFERENCE("h.reference"),
    NAME("upper(hd.lastName), upper(hd.firstName)"),
    COMPOSITION("h.composition");

    private final String jpql;

    HouseholdOrder(String jpql) {
        this.jpql = jpql;
    }

    String jpql(boolean descending) {
        return descending ? jpql.replace(",", " desc,") + " desc" : jpql;
    }
}
