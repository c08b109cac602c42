package org.ancrage.imports;

import java.io.Serializable;
import java.util.List;

/**
 * A file's table as read: its headings (the first row) and its data rows, each with its number in
 * the file as a spreadsheet shows it (the headings are row 1). Blank rows are left out.
 */
public record ImportTable(List<String> headings, List<Row> rows) implements Serializable {

    /** A data row: its number in the file and its cells, one per heading (empty when missing). */
    public record Row(int number, List<String> cells) implements Serializable {

        /** The cell under the heading at {@code column}, trimmed; empty when the row is shorter. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column).trim() : "";
        }
    }

    /** The shape of the file: its headings as a key, so that a mapping saved for one file serves the next. */
    public String shape() {
        return String.join("\u001f", headings.stream().map(FrenchValues::normalise).sorted().toList());
    }
}
