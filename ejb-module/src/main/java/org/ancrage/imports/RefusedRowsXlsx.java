package org.ancrage.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ancrage.system.DomainMessages;

/**
 * The refused rows of a file as an XLSX to correct and send again: the file's own headings and
 * cells, as text, and the reason in a last column.
 */
final class RefusedRowsXlsx {

    private RefusedRowsXlsx() {
    }

    static byte[] render(ImportTable table, Map<Integer, String> reasons, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Refus");
            List<String> headings = table.headings();
            Row top = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                top.createCell(c).setCellValue(headings.get(c));
            }
            top.createCell(headings.size()).setCellValue(DomainMessages.text("import.refused.reason", locale));
            int r = 1;
            for (ImportTable.Row row : table.rows()) {
                String reason = reasons.get(row.number());
                if (reason == null) {
                    continue;
                }
                Row line = sheet.createRow(r++);
                for (int c = 0; c < headings.size(); c++) {
                    line.createCell(c).setCellValue(row.cell(c));
                }
                line.createCell(headings.size()).setCellValue(reason);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
