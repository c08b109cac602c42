package org.ancrage.programmes;

/**
 * The two forms a measure can take (AVDL takes either): a support measure with periods, or a
 * diagnostic with a report due to the requesting body (DALO commission, CCAPEX…). The decisions
 * offered after a bilan follow the form.
 */
public enum ProgrammeForm {
    SUPPORT, DIAGNOSTIC
}
