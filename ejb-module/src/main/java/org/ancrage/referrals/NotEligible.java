package org.ancrage.referrals;

import org.ancrage.system.DomainException;

/** The household cannot be admitted to the programme; the key is the first blocking reason. */
public class NotEligible extends DomainException {

    public NotEligible(String reasonKey) {
        super(reasonKey);
    }
}
