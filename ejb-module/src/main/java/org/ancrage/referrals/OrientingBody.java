package org.ancrage.referrals;

/** Who oriented the household to the association. */
public enum OrientingBody {
    SIAO, DALO_COMMISSION, CCAPEX, CUD, SHELTER, LANDLORD, MTAS,
    /** The family allowances fund, whose social workers refer households in rent arrears (ASL CAF support). */
    CAF, OTHER
}
