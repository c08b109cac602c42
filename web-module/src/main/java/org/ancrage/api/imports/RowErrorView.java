package org.ancrage.api.imports;

import java.util.Locale;
import org.ancrage.imports.RowError;

/** What is wrong with a row: its number in the file, the heading of its column (none: the whole row), why. */
public record RowErrorView(int row, String column, String code, String message) {

    static RowErrorView of(RowError e, Locale locale) {
        return new RowErrorView(e.row(), e.column(), e.messageKey(), e.text(locale));
    }
}
