package org.ancrage.measures;

import java.util.EnumSet;
import java.util.Set;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeForm;

/**
 * What an evaluation proposes and a coordinator decides: at the end of a period of a support
 * measure, or when the report of a diagnostic is written. The decisions offered follow the
 * programme's form.
 */
public enum Decision {
    RENEW, RENEW_BY_DEROGATION, LEASE_TRANSFER, END,
    /** Diagnostic: the report was sent to the requesting body. */
    DIAGNOSTIC_DELIVERED,
    /** Diagnostic: a support measure is proposed to the household. */
    SUPPORT_PROPOSED,
    /** Diagnostic: nothing further (household unreachable, no need found). */
    NO_FURTHER_ACTION;

    private static final Set<Decision> AFTER_DIAGNOSTIC = EnumSet.of(DIAGNOSTIC_DELIVERED, SUPPORT_PROPOSED,
            NO_FURTHER_ACTION);

    /** The decisions a bilan may propose on a measure of {@code programme}. */
    public static Set<Decision> offeredBy(Programme programme) {
        return offeredFor(programme.getForm());
    }

    public static Set<Decision> offeredFor(ProgrammeForm form) {
        return form == ProgrammeForm.DIAGNOSTIC ? EnumSet.copyOf(AFTER_DIAGNOSTIC)
                : EnumSet.complementOf(EnumSet.copyOf(AFTER_DIAGNOSTIC));
    }
}
