package org.ancrage.api.imports;

import java.util.List;
import java.util.Locale;
import org.ancrage.imports.ImportOutcome;
import org.ancrage.imports.ImportService;

/** What importing the file would do, household by household; nothing written. */
public record DryRunView(long importId, long create, long update, long unchanged, long refused,
        List<HouseholdOutcomeView> households) {

    static DryRunView of(long importId, ImportService.DryRun dry, Locale locale) {
        return new DryRunView(importId, dry.count(ImportOutcome.CREATE), dry.count(ImportOutcome.UPDATE),
                dry.count(ImportOutcome.UNCHANGED), dry.count(ImportOutcome.REFUSED),
                dry.lines().stream().map(l -> new HouseholdOutcomeView(l.rows(), l.key(), l.name(), l.outcome(),
                        l.causes().stream().map(e -> RowErrorView.of(e, locale)).toList())).toList());
    }
}
