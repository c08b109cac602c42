package org.ancrage.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import org.ancrage.money.Money;
import org.ancrage.system.ReaderFormats;

/**
 * Dates, times, numbers and money in the reader's language, for every page:
 * {@code #{fmt.date(d)}}, {@code #{fmt.money(m)}}, {@code #{fmt.number(n, 1)}}. One formatter
 * ({@link ReaderFormats}) for the pages and the refusals; times in the association's time zone.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    private FacesContext faces;

    private Locale locale() {
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
    }

    public String date(LocalDate date) {
        return ReaderFormats.date(date, locale());
    }

    /** "mars 2026", "March 2026". */
    public String month(YearMonth month) {
        return ReaderFormats.month(month, locale());
    }

    public String dateTime(LocalDateTime dateTime) {
        return ReaderFormats.dateTime(dateTime, locale());
    }

    public String instant(Instant instant) {
        return ReaderFormats.instant(instant, locale());
    }

    /** An amount of money ({@link Money} or a {@link BigDecimal}) in euros. */
    public String money(Object amount) {
        BigDecimal value = amount instanceof Money money ? money.amount() : (BigDecimal) amount;
        return ReaderFormats.money(value, locale());
    }

    public String number(Number value, int decimals) {
        return ReaderFormats.number(value, decimals, locale());
    }

    /** The decimal separator an amount is typed with (a comma in French). */
    public String getDecimalSeparator() {
        return "en".equals(locale().getLanguage()) ? "." : ",";
    }

    /** The thousands separator an amount is typed with (a space in French). */
    public String getThousandSeparator() {
        return "en".equals(locale().getLanguage()) ? "," : " ";
    }

    /** The pattern of the dates shown, e.g. for a column's hint. */
    public String getDatePattern() {
        return ReaderFormats.datePattern(locale());
    }
}
