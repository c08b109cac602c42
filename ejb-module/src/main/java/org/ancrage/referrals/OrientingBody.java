package org.ancrage.referrals;

/** Who oriented the household to the association. */
public enum OrientingBody {
    SIAO, DALO_COMMISSION, CCAPEX, CUD, SHELTER, LANDLORD, MTAS, OTHER
}
