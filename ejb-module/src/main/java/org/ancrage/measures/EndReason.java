package org.ancrage.measures;

import java.util.EnumSet;
import java.util.Set;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeForm;

/**
 * Why a measure ended. The reasons that fit follow the programme's form: a diagnostic ends with
 * its report delivered (or the household moved, did not cooperate…), never with a lease transfer,
 * an eviction or support objectives reached; a support measure never ends with a diagnostic report.
 */
public enum EndReason {
    OBJECTIVES_REACHED, LEASE_TRANSFER, NON_COOPERATION, MOVED, EVICTION, ENTERED_INSTITUTION, OTHER,
    /** Diagnostic: the report was delivered to the requesting body. */
    DIAGNOSTIC_DELIVERED;

    private static final Set<EndReason> OF_A_DIAGNOSTIC = EnumSet.of(DIAGNOSTIC_DELIVERED, NON_COOPERATION, MOVED,
            ENTERED_INSTITUTION, OTHER);

    /** The reasons a measure of {@code programme} may end for. */
    public static Set<EndReason> offeredBy(Programme programme) {
        return offeredFor(programme.getForm());
    }

    public static Set<EndReason> offeredFor(ProgrammeForm form) {
        return form == ProgrammeForm.DIAGNOSTIC ? EnumSet.copyOf(OF_A_DIAGNOSTIC)
                : EnumSet.complementOf(EnumSet.of(DIAGNOSTIC_DELIVERED));
    }
}
