package org.ancrage.imports;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.ancrage.system.DomainMessages;

/** What is wrong with a row: its number in the file, the heading of the column (none for the whole row), the reason. */
public record RowError(int row, String column, String messageKey, List<Object> arguments) implements Serializable {

    public RowError(int row, String column, String messageKey, Object... arguments) {
        this(row, column, messageKey, List.of(arguments));
    }

    /** "Ligne 4, colonne « Date de naissance » : « 31/02/2017 » n’est pas une date (attendu : 05/09/2017)". */
    public String text(Locale locale) {
        String reason = DomainMessages.text(messageKey, locale, arguments.toArray());
        return column == null ? DomainMessages.text("import.error.atRow", locale, Integer.toString(row), reason)
                : DomainMessages.text("import.error.at", locale, Integer.toString(row), column, reason);
    }

    /** The reason alone, for the refused rows' file where the row is the row itself. */
    public String reason(Locale locale) {
        String reason = DomainMessages.text(messageKey, locale, arguments.toArray());
        return column == null ? reason : DomainMessages.text("import.error.column", locale, column, reason);
    }
}
