package org.ancrage.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values as French files write them: dates as 05/09/2017, amounts as 1 234,50. */
public final class FrenchValues {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+([.,]\\d{1,2})?");

    private FrenchValues() {
    }

    /** A date as 05/09/2017 (day first; 5/9/2017, 05-09-2017, 05.09.2017 too) or 2017-09-05; empty when not one. */
    public static java.util.Optional<LocalDate> date(String text) {
        String value = text == null ? "" : text.trim();
        try {
            Matcher french = DAY_MONTH_YEAR.matcher(value);
            if (french.matches()) {
                return java.util.Optional.of(LocalDate.of(Integer.parseInt(french.group(3)),
                        Integer.parseInt(french.group(2)), Integer.parseInt(french.group(1))));
            }
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return java.util.Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            // 31/02/2017: shaped as a date, but none
        }
        return java.util.Optional.empty();
    }

    /** An amount as 1 234,50 (spaces of any kind between thousands, a comma or a point, an optional €); empty when not one. */
    public static java.util.Optional<BigDecimal> amount(String text) {
        String value = text == null ? "" : text.replaceAll("[\\s\u00a0\u202f€]", "");
        if (!AMOUNT.matcher(value).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new BigDecimal(value.replace(',', '.')));
    }

    /** Lower case, without accents, punctuation or repeated blanks: "N° de dossier" and "n de dossier" alike. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
