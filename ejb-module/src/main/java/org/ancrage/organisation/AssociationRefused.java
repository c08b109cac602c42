package org.ancrage.organisation;

import org.ancrage.system.DomainException;

/** The association's identity the rules refuse: no name, a field too long, a SIRET whose key fails. */
public class AssociationRefused extends DomainException {

    public AssociationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
