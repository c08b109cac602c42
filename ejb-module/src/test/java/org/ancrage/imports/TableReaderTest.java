package org.ancrage.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    @Test
    void aSemicolonFileInLatin1IsReadWithItsAccents() {
        byte[] latin1 = "Nom;Prénom;Date de naissance\r\nDurand;Hélène;05/09/2017\r\n"
                .getBytes(TableReader.LATIN_1);
        ImportTable table = TableReader.read("ménages.csv", latin1);
        assertEquals(List.of("Nom", "Prénom", "Date de naissance"), table.headings());
        assertEquals(List.of("Durand", "Hélène", "05/09/2017"), table.rows().get(0).cells());
        assertEquals(2, table.rows().get(0).number());
    }

    @Test
    void aCommaFileInUtf8WithAByteOrderMarkIsReadWithoutTheMark() {
        byte[] utf8 = "\uFEFFNom,Prénom,Adresse\n\"Lefèvre\",Zoé,\"3, rue de l'Église\"\n"
                .getBytes(StandardCharsets.UTF_8);
        ImportTable table = TableReader.read("menages.csv", utf8);
        assertEquals("Nom", table.headings().get(0));
        assertEquals(List.of("Lefèvre", "Zoé", "3, rue de l'Église"), table.rows().get(0).cells());
    }

    @Test
    void theSeparatorIsTheOneTheHeadingsUseOutsideQuotes() {
        assertEquals(';', TableReader.separator("Nom;\"Adresse, ville\";Prénom\nA,B,C,D"));
        assertEquals(',', TableReader.separator("Nom,Prénom,\"Date; naissance\"\n"));
    }

    @Test
    void quotedCellsKeepTheirQuotesLinesAndSeparators() {
        ImportTable table = TableReader.csv("Nom;Note\nDupont;\"dit \"\"Jo\"\"; sur\ndeux lignes\"\n\n;\nMartin;x\n");
        assertEquals("dit \"Jo\"; sur\ndeux lignes", table.rows().get(0).cell(1));
        // Blank rows are left out, the numbering keeps the file's records.
        assertEquals(2, table.rows().size());
        assertEquals("Martin", table.rows().get(1).cell(0));
    }

    @Test
    void frenchDatesAndAmountsAreRead() {
        assertEquals(LocalDate.of(2017, 9, 5), FrenchValues.date("05/09/2017").orElseThrow());
        assertEquals(LocalDate.of(2017, 9, 5), FrenchValues.date("5/9/2017").orElseThrow());
        assertEquals(LocalDate.of(2017, 9, 5), FrenchValues.date("2017-09-05").orElseThrow());
        assertTrue(FrenchValues.date("31/02/2017").isEmpty());
        assertTrue(FrenchValues.date("09/05/17").isEmpty());
        assertEquals(new BigDecimal("1234.50"), FrenchValues.amount("1 234,50").orElseThrow());
        assertEquals(new BigDecimal("1234.50"), FrenchValues.amount("1\u202f234,50 €").orElseThrow());
        assertTrue(FrenchValues.amount("mille").isEmpty());
    }

    @Test
    void anXlsxSheetIsReadWithItsDatesInTheFrenchWay() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Row headings = sheet.createRow(0);
            headings.createCell(0).setCellValue("Nom");
            headings.createCell(1).setCellValue("Date de naissance");
            headings.createCell(2).setCellValue("Ressources");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Durand");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(1).setCellValue(LocalDate.of(2017, 9, 5));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(850);
            workbook.write(out);
        }
        ImportTable table = TableReader.read("menages.xlsx", out.toByteArray());
        assertEquals(List.of("Nom", "Date de naissance", "Ressources"), table.headings());
        assertEquals(List.of("Durand", "05/09/2017", "850"), table.rows().get(0).cells());
        assertEquals(3, table.rows().get(0).number());
    }

    @Test
    void anEmptyFileOrOneWithoutHeadingsIsRefused() {
        assertEquals("import.file.empty",
                assertThrows(UnreadableFile.class, () -> TableReader.read("x.csv", new byte[0])).messageKey());
        assertEquals("import.file.noHeadings", assertThrows(UnreadableFile.class,
                () -> TableReader.read("x.csv", ";;\n1;2\n".getBytes(StandardCharsets.UTF_8))).messageKey());
        assertEquals("import.file.unreadable", assertThrows(UnreadableFile.class,
                () -> TableReader.read("x.xlsx", "PK not a zip".getBytes(StandardCharsets.UTF_8))).messageKey());
    }
}
