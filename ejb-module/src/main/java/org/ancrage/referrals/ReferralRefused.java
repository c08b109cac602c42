package org.ancrage.referrals;

import org.ancrage.system.DomainException;

/** A decision on a referral that does not fit it (already decided, a refusal without reason…). */
public class ReferralRefused extends DomainException {

    public ReferralRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
