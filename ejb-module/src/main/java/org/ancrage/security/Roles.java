package org.ancrage.security;

/** The roles of docs/domain.md, as named in {@code @RolesAllowed} and in the identity store's groups. */
public final class Roles {

    public static final String ADMINISTRATOR = "administrator";
    public static final String DIRECTOR = "director";
    public static final String COORDINATOR = "coordinator";
    public static final String SOCIAL_WORKER = "social-worker";
    public static final String RENTAL_MANAGER = "rental-manager";
    public static final String FUNDER_VIEWER = "funder-viewer";

    /** Every role, in the order the administration page lists them. */
    public static final String[] ALL = {
        ADMINISTRATOR, DIRECTOR, COORDINATOR, SOCIAL_WORKER, RENTAL_MANAGER, FUNDER_VIEWER
    };

    private Roles() {
    }
}
