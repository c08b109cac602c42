package org.ancrage.landlords;

/** The columns a landlord list may be sorted on, each with the JPQL it sorts by. */
public enum LandlordOrder {
    NAME("l.name"),
    KIND("l.kind"),
    CONTACT("l.contactPerson");

    private final String jpql;

    LandlordOrder(String jpql) {
        this.jpql = jpql;
    }

    String jpql() {
        return jpql;
    }
}
