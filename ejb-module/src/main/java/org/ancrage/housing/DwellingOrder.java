package org.ancrage.housing;

/** The columns a dwelling list may be sorted on, each with the JPQL it sorts by. */
public enum DwellingOrder {
    ADDRESS("d.address"),
    CITY("d.city"),
    SIZE("d.size"),
    SURFACE("d.surface"),
    RENT("d.rent"),
    STATE("d.state");

    private final String jpql;

    DwellingOrder(String jpql) {
        this.jpql = jpql;
    }

    String jpql() {
        return jpql;
    }
}
