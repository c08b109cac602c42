package org.ancrage.system;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How the papers Ancrage prints say things: in French unless the reader asked for English, texts
 * from the bundles with their arguments, dates as the reader reads them ("—" for none), and a
 * narrow no-break space (which the PDF fonts lack) as a plain no-break space.
 */
public final class PaperText {

    private PaperText() {
    }

    /** The paper's language: English for an English reader, French for everyone else. */
    public static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static String text(String key, Locale locale, Object... arguments) {
        return printable(DomainMessages.text(key, language(locale), arguments));
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "—" : ReaderFormats.date(date, language(locale));
    }

    public static String printable(String text) {
        return text.replace('\u202f', '\u00a0');
    }
}
