package org.ancrage.reporting;

import java.util.Set;

/**
 * What an activity report covers: a year, the association or one service, the programmes of one
 * funder or some chosen ones, and whether the programmes without activity that year appear (left
 * out unless asked for: a funder's report lists what was done).
 *
 * @param serviceUnitId one service, or null for the whole association
 * @param funder one funder's programmes (as programmes name it), or null for every funder
 * @param programmeIds chosen programmes, or empty for all
 * @param withoutActivity whether programmes that followed no household that year appear
 */
public record ReportChoice(int year, Long serviceUnitId, String funder, Set<Long> programmeIds,
        boolean withoutActivity) {

    public ReportChoice {
        programmeIds = programmeIds == null ? Set.of() : Set.copyOf(programmeIds);
        funder = funder == null || funder.isBlank() ? null : funder.strip();
    }

    /** The whole association's programmes that had activity in {@code year}. */
    public static ReportChoice of(int year) {
        return new ReportChoice(year, null, null, Set.of(), false);
    }

    /** Whether the report shows this programme's indicators. */
    boolean shows(Indicators indicators, Set<Long> fundersProgrammes) {
        return (fundersProgrammes == null || fundersProgrammes.contains(indicators.programmeId()))
                && (programmeIds.isEmpty() || programmeIds.contains(indicators.programmeId()))
                && (withoutActivity || indicators.hasActivity());
    }
}
