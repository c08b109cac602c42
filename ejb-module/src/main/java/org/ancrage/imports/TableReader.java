package org.ancrage.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a file as associations keep them: XLSX (the first sheet) or CSV, whose separator
 * ({@code ;} as a French spreadsheet writes it, or {@code ,}) and encoding (UTF-8, with or without
 * a byte order mark, else Latin-1 as Windows writes it) are found from the file itself.
 */
public final class TableReader {

    /** Windows' Latin-1: what a French spreadsheet saves as "CSV" when it is not UTF-8. */
    static final Charset LATIN_1 = Charset.forName("windows-1252");

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TableReader() {
    }

    /** The table of the file named {@code fileName}. */
    public static ImportTable read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UnreadableFile("import.file.empty");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        if (zip || (fileName != null && fileName.toLowerCase().endsWith(".xlsx"))) {
            return xlsx(content);
        }
        return csv(decode(content));
    }

    /** The text of a CSV file: UTF-8 when it decodes as such (a leading byte order mark dropped), else Latin-1. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, LATIN_1);
        }
    }

    /** The separator of a CSV text: the one of {@code ;} and {@code ,} found most in its first line, outside quotes. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    static ImportTable csv(String text) {
        char separator = separator(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return table(records);
    }

    static ImportTable xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.FRANCE);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<List<String>> records = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c), formatter, evaluator));
                    }
                }
                // Keep the spreadsheet's own row numbers: an empty row still counts.
                records.add(cells);
            }
            return table(records);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFile unreadable) {
                throw unreadable;
            }
            throw new UnreadableFile("import.file.unreadable");
        }
    }

    /** A cell as the reader sees it: a date as 05/09/2017 whatever its format, a number as shown. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(FRENCH_DATE);
        }
        return formatter.formatCellValue(cell, evaluator);
    }

    /** The first row as headings, the others as rows numbered from 2; blank ones left out. */
    private static ImportTable table(List<List<String>> records) {
        if (records.isEmpty() || records.get(0).stream().allMatch(h -> h == null || h.isBlank())) {
            throw new UnreadableFile("import.file.noHeadings");
        }
        List<String> headings = records.get(0).stream().map(h -> h == null ? "" : h.trim()).toList();
        List<ImportTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                rows.add(new ImportTable.Row(i + 1, List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList())));
            }
        }
        return new ImportTable(headings, rows);
    }
}
