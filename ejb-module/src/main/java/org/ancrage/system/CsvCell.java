package org.ancrage.system;

import java.util.regex.Pattern;

/**
 * One cell of a CSV file that a spreadsheet will open: text beginning with {@code = + - @}, a tab
 * or a carriage return would be read as a formula (CSV injection), so it gets a leading
 * apostrophe and is shown as typed. A plain number ({@code -12.50}) is left as it is. The one
 * place every CSV export of the application (the audit trail's, the console's lists) goes through.
 */
public final class CsvCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private CsvCell() {
    }

    /** The text, made inert for a spreadsheet. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0
                || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /** The text neutralised and quoted, quotes doubled: {@code "…"}; empty for null. */
    public static String quoted(String value) {
        if (value == null) {
            return "";
        }
        return '"' + neutralise(value).replace("\"", "\"\"") + '"';
    }
}
