package org.ancrage.system;

import java.util.Optional;

/**
 * The association's name as its papers state it: the system property {@code ancrage.association.name}
 * set in the domain (as the time zone is, {@link AssociationClock}). Until an administrator can set
 * the association's identity in the console, that is where it comes from; unset, the papers name the
 * service that manages the dwelling.
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
