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
                counts("STAYED_IN_DWELLING", 6), counts("SINGLE", 3, "COUPLE", 12, "SINGLE_PARENT", 8),
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
}
