package org.ancrage.system;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, times, numbers and money as the reader reads them, in their language (58,50 €, 6,7,
 * 01/12/2026 in French; €58.50, 6.7, 01 Dec 2026 in English), in the association's time zone
 * ({@link AssociationClock}).
 * The console's pages and the refusals' texts all format through here.
 */
public final class ReaderFormats {

    /** The association's time zone ({@link AssociationClock}, the one place that reads it). */
    public static ZoneId zone() {
        return AssociationClock.zone();
    }

    /** Today in the association's time zone. */
    public static LocalDate today() {
        return AssociationClock.today();
    }

    /** Now, to the minute, in the association's time zone. */
    public static LocalDateTime now() {
        return AssociationClock.now();
    }

    private static boolean french(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }

    /** The pattern dates are shown in. */
    public static String datePattern(Locale locale) {
        return french(locale) ? "dd/MM/yyyy" : "dd MMM yyyy";
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(datePattern(locale), lang(locale)).format(date);
    }

    /** "mars 2026", "March 2026". */
    public static String month(YearMonth month, Locale locale) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", lang(locale)).format(month.atDay(1));
    }

    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? ""
                : DateTimeFormatter.ofPattern(datePattern(locale) + " HH:mm", lang(locale)).format(dateTime);
    }

    /** An instant (a record's time stamp) as the association's local date and time. */
    public static String instant(Instant instant, Locale locale) {
        return instant == null ? "" : dateTime(LocalDateTime.ofInstant(instant, zone()), locale);
    }

    /** An amount in euros, to the cent. */
    public static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(french(locale) ? Locale.FRANCE : Locale.UK);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    /** A number with at most {@code decimals} decimals (6,7 in French, 6.7 in English). */
    public static String number(Number value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(french(locale) ? Locale.FRANCE : Locale.UK);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    private static Locale lang(Locale locale) {
        return french(locale) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
