package org.ancrage.retention;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the retention job did, or with a dry run would do, per category: households anonymised,
 * contacts and notes cleared, documents deleted.
 */
public record RetentionReport(LocalDate on, boolean dryRun, Map<DataCategory, Integer> counts) {

    /** One line, e.g. {@code DRY RUN CLOSED_CASE=3 REFUSED_REFERRAL=0 …}, for the job's exit status. */
    public String summary() {
        return (dryRun ? "DRY RUN " : "") + counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
