package org.ancrage.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void aCellThatASpreadsheetWouldReadAsAFormulaIsNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvCell.neutralise("=HYPERLINK(\"http://x\")"));
        assertEquals("'+33 6 00", CsvCell.neutralise("+33 6 00"));
        assertEquals("'-1+cmd|' /C calc'!A0", CsvCell.neutralise("-1+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1)", CsvCell.neutralise("@SUM(A1)"));
        assertEquals("'\t=1", CsvCell.neutralise("\t=1"));
        assertEquals("'\r=1", CsvCell.neutralise("\r=1"));
    }

    @Test
    void ordinaryTextAndPlainNumbersStayAsTheyAre() {
        assertEquals("DUPONT Marie", CsvCell.neutralise("DUPONT Marie"));
        assertEquals("-12.50", CsvCell.neutralise("-12.50"));
        assertEquals("-3", CsvCell.neutralise("-3"));
        assertEquals("", CsvCell.neutralise(""));
        assertEquals(null, CsvCell.neutralise(null));
    }

    @Test
    void aQuotedCellDoublesItsQuotesAfterNeutralising() {
        assertEquals("\"'=1+\"\"a\"\"\"", CsvCell.quoted("=1+\"a\""));
        assertEquals("", CsvCell.quoted(null));
    }
}
