package org.ancrage.imports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a file that make one household: those sharing the file's own identifier, in the
 * order the file first names each one. A row without an identifier is a household of its own
 * (refused for that). The file's headings travel with them, for the job that checks them one by one.
 */
public record HouseholdRows(String key, List<String> headings, List<ImportTable.Row> rows) implements Serializable {

    public static List<HouseholdRows> of(ImportTable table, ColumnMapping mapping) {
        int keyColumn = mapping.headingOf(ImportField.KEY).map(table.headings()::indexOf).orElse(-1);
        Map<String, List<ImportTable.Row>> byKey = new LinkedHashMap<>();
        List<HouseholdRows> groups = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            String key = keyColumn < 0 ? "" : row.cell(keyColumn);
            if (key.isEmpty()) {
                groups.add(new HouseholdRows("", table.headings(), List.of(row)));
            } else {
                byKey.computeIfAbsent(key, k -> {
                    List<ImportTable.Row> rows = new ArrayList<>();
                    groups.add(new HouseholdRows(k, table.headings(), rows));
                    return rows;
                }).add(row);
            }
        }
        return groups.stream().map(g -> new HouseholdRows(g.key(), g.headings(), List.copyOf(g.rows()))).toList();
    }

    public int firstRow() {
        return rows.get(0).number();
    }

    /** "4" or "4, 5, 9". */
    public String rowNumbers() {
        return String.join(", ", rows.stream().map(r -> Integer.toString(r.number())).toList());
    }
}
