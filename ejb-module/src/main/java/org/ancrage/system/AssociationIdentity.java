package org.ancrage.system;

import java.util.Optional;

/**
 * The association's name set in the domain: the system property {@code ancrage.association.name} (as
 * the time zone is, {@link AssociationClock}). The papers take it only until an administrator has
 * described the association in the console (Administration › Association, {@code
 * organisation.Association}); with neither, they name the service that manages the dwelling.
 */
public final class AssociationIdentity {

    public static final String NAME_PROPERTY = "ancrage.association.name";

    private AssociationIdentity() {
    }

    public static Optional<String> name() {
        String configured = System.getProperty(NAME_PROPERTY);
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(configured.strip());
    }
}
