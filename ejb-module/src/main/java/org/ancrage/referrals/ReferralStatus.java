package org.ancrage.referrals;

/** Where a referral stands on the waiting list. */
public enum ReferralStatus {
    WAITING, ADMITTED, REFUSED, WITHDRAWN
}
