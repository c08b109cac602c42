package org.ancrage.measures;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of a measure list: the measure with the names a reader needs, read in one query. */
public record MeasureRow(long id, long householdId, String reference, String householdName, String programme,
        String referent, String serviceUnit, LocalDate start, LocalDate periodEnd, int periods,
        MeasureStatus status, LocalDate endDate) implements Serializable {
}
