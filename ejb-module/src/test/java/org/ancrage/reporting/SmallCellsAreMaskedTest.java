package org.ancrage.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A funder's figures: cells of fewer than 5 households masked, and never recomputable from the total. */
class SmallCellsAreMaskedTest {

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return counts;
    }

    private static Indicators indicators() {
        return new Indicators(7, null, 2025, 23, 8, 6, 133, 204, 20, 180,
                counts("STAYED_IN_DWELLING", 6), counts("OBJECTIVES_REACHED", 6), counts("SINGLE", 3, "COUPLE", 12, "SINGLE_PARENT", 8),
                counts("25-34", 2, "35-44", 4, "45-54", 17), counts("RSA", 23), new java.math.BigDecimal("81.5"));
    }

    @Test
    void aCellOfFewerThanFiveIsMaskedAndASecondOneSoTheTotalDoesNotGiveItAway() {
        Indicators masked = indicators().maskedForFunders();
        assertNull(masked.composition().get("SINGLE"));
        assertNull(masked.composition().get("SINGLE_PARENT"), "the next smallest cell, else 23 - 12 - 8 = 3");
        assertEquals(12L, masked.composition().get("COUPLE"));
        assertNull(masked.ageBands().get("25-34"));
        assertNull(masked.ageBands().get("35-44"));
        assertEquals(17L, masked.ageBands().get("45-54"), "two masked cells already hide each other");
        assertEquals(Map.of("RSA", 23L), masked.resources());
        Map<String, Long> alone = Indicators.masked(counts("75+", 2));
        assertEquals(1, alone.size());
        assertTrue(alone.containsKey(Indicators.MASKED) && alone.get(Indicators.MASKED) == null,
                "a lone small cell hides even its category: " + alone);
        assertEquals(Map.of("STAYED_IN_DWELLING", 6L), masked.outcomes());
        assertEquals(23, masked.householdsFollowed());
    }

    @Test
    void exactFiguresStayExact() {
        assertFalse(indicators().isMasked());
        assertTrue(indicators().maskedForFunders().isMasked());
        assertEquals(3L, indicators().composition().get("SINGLE"));
        // The JSON a funder reads (null cells, "masked", "maskedCells") is checked through the API:
        // SmallCellsAreMaskedForFundersIT (no JSON provider in the unit tests).
    }

    @Test
    void theWorkbookAndThePdfShowLessThanFive() throws Exception {
        byte[] xlsx = ActivityReportXlsx.render(2025, List.of(indicators().maskedForFunders()), Map.of(7L, "IML"),
                Locale.FRENCH);
        boolean found = false;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    if (row.getCell(2) != null && row.getCell(2).toString().equals("< 5")) {
                        found = true;
                    }
                    if (row.getCell(2) != null && row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        double n = row.getCell(2).getNumericCellValue();
                        assertFalse(sheet.getSheetName().startsWith("Comp") && n > 0 && n < 5, "no small cell in clear");
                    }
                }
            }
        }
        assertTrue(found, "masked cells read < 5 in the workbook");
        byte[] pdf = ActivityReportPdf.render(2025, List.of(indicators().maskedForFunders()), Map.of(7L, "IML"),
                Locale.FRENCH);
        assertTrue(pdf.length > 1000);
    }

    /** Three households followed, two entries, one end: a programme too small to be told exactly. */
    private static Indicators aSmallProgramme() {
        return new Indicators(8, null, 2025, 3, 2, 1, 14, 6, 20, 25, counts("STAYED_IN_DWELLING", 1),
                counts("UNKNOWN", 1), counts("SINGLE", 2, "COUPLE", 1), counts("45-54", 3), counts("RSA", 3), new java.math.BigDecimal("12.0"));
    }

    @Test
    void aProgrammesOwnCountsOfFewerThanFiveAreMaskedWithWhatTheyTellAboutThoseHouseholds() {
        Indicators masked = aSmallProgramme().maskedForFunders();
        List<Number> figures = masked.figures();
        for (String figure : List.of("householdsFollowed", "entries", "ends", "homeVisits", "officeAppointments",
                "monthMeasures", "averageDurationMonths")) {
            assertTrue(masked.isMasked(figure), figure);
            assertNull(figures.get(Indicators.FIGURES.indexOf(figure)), figure);
        }
        assertEquals(0, masked.householdsFollowed(), "the exact count is not even kept");
        assertEquals(0, masked.monthMeasures());
        assertEquals("< 5", masked.figureText("householdsFollowed", "masqué"));
        assertEquals("< 5", masked.figureText("ends", "masqué"));
        assertEquals("masqué", masked.figureText("monthMeasures", "masqué"), "25 is not fewer than 5: not said so");
        assertEquals("20", masked.figureText("financedCapacity", "masqué"), "places, not households");
        assertEquals(new java.math.BigDecimal("12.0"), masked.occupancyRate());
        // every distribution's total is masked, so each of its cells is too: nothing to subtract from
        assertTrue(masked.composition().values().stream().allMatch(java.util.Objects::isNull), masked.toString());
        assertEquals(Map.of(Indicators.MASKED, 0L).keySet(), masked.outcomes().keySet());
        assertEquals(Map.of(Indicators.MASKED, 0L).keySet(), masked.endReasons().keySet(),
                "one end without a reason: neither its count nor that it had none");
        assertNull(masked.endsFor("UNKNOWN"));
        assertNull(masked.endsFor("MOVED"), "not 0 either: that would say where the masked end is not");
        // its JSON (null figures, listed in maskedCells): SmallCellsAreMaskedForFundersIT (no JSON provider here)
    }

    @Test
    void aLargeProgrammesCountsStayAndASmallCountAloneIsMaskedAlone() {
        Indicators masked = new Indicators(9, null, 2025, 40, 3, 12, 133, 204, 20, 180, counts(), counts(), counts(),
                counts(), counts(), null).maskedForFunders();
        assertEquals(java.util.Set.of("entries"), masked.maskedFigures(), "entries are not a part of a total shown");
        assertEquals(40L, masked.figures().get(0));
        assertEquals("12", masked.figureText("ends", "masqué"));
        assertEquals("—", masked.figureText("occupancyRate", "masqué"));
        assertFalse(indicators().maskedForFunders().isMasked("householdsFollowed"), "23 households: exact");
    }

    @Test
    void theWorkbookAndThePdfMaskAProgrammesSmallCounts() throws Exception {
        byte[] xlsx = ActivityReportXlsx.render(2025, List.of(aSmallProgramme().maskedForFunders()),
                Map.of(8L, "ASLL"), Locale.FRENCH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertEquals("ASLL", row.getCell(0).toString());
            assertEquals("< 5", row.getCell(1).toString(), "households followed");
            assertEquals("< 5", row.getCell(2).toString(), "entries");
            assertEquals("masqué", row.getCell(6).toString(), "month-measures");
            assertEquals(20.0, row.getCell(8).getNumericCellValue(), "capacity");
        }
        byte[] pdf = ActivityReportPdf.render(2025, List.of(aSmallProgramme().maskedForFunders()), Map.of(8L, "ASLL"),
                Locale.FRENCH);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf))
                .getTextFromPage(1);
        assertTrue(text.matches("(?s).*Ménages suivis\\s*< 5.*"), text);
        assertTrue(text.matches("(?s).*Mois-mesures\\s*masqué.*"), text);
        assertFalse(text.matches("(?s).*Ménages suivis\\s*3.*"), text);
    }

    /** Twenty ends: objectives reached 9, moved 6, non-cooperation 3, no reason 2. */
    private static Indicators endsOfALargeProgramme(Map<String, Long> reasons) {
        return new Indicators(10, null, 2025, 40, 18, 20, 133, 204, 20, 180, counts("STAYED_IN_DWELLING", 20),
                reasons, counts("SINGLE", 40), counts("FROM_35_TO_44", 40), counts("RSA", 40), null);
    }

    @Test
    void endsByReasonAreMaskedLikeEveryDistribution() {
        Indicators exact = endsOfALargeProgramme(counts("OBJECTIVES_REACHED", 9, "MOVED", 6, "NON_COOPERATION", 3,
                "UNKNOWN", 2));
        assertEquals(exact.ends(), exact.endReasons().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(0L, exact.endsFor("EVICTION"), "a reason no end had counts 0");
        assertEquals(2L, exact.endsFor(Indicators.UNKNOWN));
        Indicators masked = exact.maskedForFunders();
        assertTrue(masked.isMasked());
        assertEquals(9L, masked.endsFor("OBJECTIVES_REACHED"));
        assertEquals(6L, masked.endsFor("MOVED"));
        assertNull(masked.endsFor("NON_COOPERATION"));
        assertNull(masked.endsFor(Indicators.UNKNOWN), "two small cells hide each other");
        assertEquals(20, masked.ends(), "20 ends are shown");

        // One small cell alone would be 20 - 12 - 6: the next smallest is masked with it.
        Indicators lone = endsOfALargeProgramme(counts("OBJECTIVES_REACHED", 12, "MOVED", 6, "UNKNOWN", 2))
                .maskedForFunders();
        assertEquals(12L, lone.endsFor("OBJECTIVES_REACHED"));
        assertNull(lone.endsFor("MOVED"), "6 is not small, but masked so that 2 cannot be worked out");
        assertNull(lone.endsFor(Indicators.UNKNOWN));
        assertFalse(exact.isMasked());
    }

    @Test
    void theWorkbookAndThePdfShowTheEndsByReasonInWordsAndMasked() throws Exception {
        Indicators masked = endsOfALargeProgramme(counts("OBJECTIVES_REACHED", 12, "MOVED", 6, "UNKNOWN", 2))
                .maskedForFunders();
        byte[] xlsx = ActivityReportXlsx.render(2025, List.of(masked), Map.of(10L, "ASLL"), Locale.FRENCH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Sorties par motif");
            assertTrue(sheet != null, "a sheet of the ends by reason");
            Map<String, String> rows = new LinkedHashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.put(row.getCell(1).toString(), row.getCell(2).toString());
                }
            }
            assertEquals(Map.of("Objectifs atteints", "12.0", "Déménagement", "< 5", "Motif non renseigné", "< 5"),
                    rows);
            boolean defined = false;
            for (Row row : workbook.getSheet("Définitions")) {
                defined |= row.getCell(0).toString().equals("Sorties par motif")
                        && row.getCell(1).toString().contains("motif de fin");
            }
            assertTrue(defined, "the workbook defines the ends by reason");
        }
        byte[] pdf = ActivityReportPdf.render(2025, List.of(masked), Map.of(10L, "ASLL"), Locale.ENGLISH);
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertTrue(text.toString().matches("(?s).*Ends by reason.*Objectives reached\\s*12\\b.*Moved away\\s*< 5.*"
                + "Reason not given\\s*< 5.*"), text.toString());
        assertTrue(text.toString().matches("(?s).*Definitions.*Ends by reason : for.*"), text.toString());
    }
}
