package org.ancrage.rent;

/** Who paid: the household, the CAF (housing benefit paid late or a recall), the FSL, someone else. */
public enum Payer {
    HOUSEHOLD, CAF, FSL, OTHER
}
