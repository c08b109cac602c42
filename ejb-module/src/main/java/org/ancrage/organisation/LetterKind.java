package org.ancrage.organisation;

import java.util.List;

/**
 * The letters whose text the association writes, each with the placeholders its text may use (the
 * values are filled in by Ancrage, already written as the reader reads them).
 */
public enum LetterKind {
    ADMISSION("household", "programme", "receivedOn", "orientingBody", "reference", "start"),
    REFUSAL("household", "programme", "receivedOn", "orientingBody", "reference", "reason"),
    MEASURE_END("household", "programme", "start", "end", "reason", "outcome", "referent"),
    REMINDER_FIRST("household", "dwelling", "on", "owed", "unpaidSince"),
    REMINDER_SECOND("household", "dwelling", "on", "owed", "unpaidSince"),
    REMINDER_LAST("household", "dwelling", "on", "owed", "unpaidSince");

    private final List<String> placeholders;

    LetterKind(String... placeholders) {
        this.placeholders = List.of(placeholders);
    }

    public List<String> placeholders() {
        return placeholders;
    }
}
