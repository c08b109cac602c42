package org.ancrage.api.imports;

import java.util.List;
import org.ancrage.imports.ImportOutcome;

/** One household of the file (its rows), and what importing it would do. */
public record HouseholdOutcomeView(String rows, String key, String name, ImportOutcome outcome,
        List<RowErrorView> errors) {
}
