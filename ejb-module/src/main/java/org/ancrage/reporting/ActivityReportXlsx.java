package org.ancrage.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.ancrage.system.DomainMessages;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The activity report of a year as a workbook funders can rework: one sheet of figures (a row per
 * programme), one per distribution (the ends by reason among them), and the definitions.
 */
public final class ActivityReportXlsx {

    private ActivityReportXlsx() {
    }

    public static byte[] render(int year, List<Indicators> snapshots, Map<Long, String> names, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet figures = workbook.createSheet(safeName(text("report.title", locale, Integer.toString(year))));
            Row header = figures.createRow(0);
            header.createCell(0).setCellValue(text("report.programme", locale));
            for (int i = 0; i < Indicators.FIGURES.size(); i++) {
                header.createCell(i + 1).setCellValue(text("report.figure." + Indicators.FIGURES.get(i), locale));
            }
            int r = 1;
            for (Indicators s : snapshots) {
                Row row = figures.createRow(r++);
                row.createCell(0).setCellValue(names.getOrDefault(s.programmeId(), "#" + s.programmeId()));
                List<Number> values = s.figures();
                for (int i = 0; i < values.size(); i++) {
                    String figure = Indicators.FIGURES.get(i);
                    if (s.isMasked(figure)) {
                        row.createCell(i + 1).setCellValue(s.figureText(figure, text("report.masked", locale)));
                    } else if (values.get(i) != null) {
                        row.createCell(i + 1).setCellValue(values.get(i).doubleValue());
                    }
                }
            }
            distribution(workbook, "report.outcomes", "report.outcome.", Indicators::outcomes, snapshots, names, locale);
            distribution(workbook, "report.endReasons", "report.endReason.", Indicators::endReasons, snapshots, names,
                    locale);
            distribution(workbook, "report.composition", "report.composition.", Indicators::composition, snapshots,
                    names, locale);
            distribution(workbook, "report.ageBands", "report.ageBand.", Indicators::ageBands, snapshots, names, locale);
            distribution(workbook, "report.resources", "report.resource.", Indicators::resources, snapshots, names,
                    locale);
            Sheet definitions = workbook.createSheet(text("report.definitions", locale));
            for (int i = 0; i < Indicators.FIGURES.size(); i++) {
                Row row = definitions.createRow(i);
                row.createCell(0).setCellValue(text("report.figure." + Indicators.FIGURES.get(i), locale));
                row.createCell(1).setCellValue(text("report.definition." + Indicators.FIGURES.get(i), locale));
            }
            int next = Indicators.FIGURES.size();
            for (String distribution : Indicators.ENDS_BROKEN_DOWN) {
                Row row = definitions.createRow(next++);
                row.createCell(0).setCellValue(text("report." + distribution, locale));
                row.createCell(1).setCellValue(text("report.definition." + distribution, locale));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void distribution(XSSFWorkbook workbook, String titleKey, String labelPrefix,
            Function<Indicators, Map<String, Long>> counts, List<Indicators> snapshots, Map<Long, String> names,
            Locale locale) {
        Sheet sheet = workbook.createSheet(safeName(text(titleKey, locale)));
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(text("report.programme", locale));
        header.createCell(1).setCellValue(text(titleKey, locale));
        header.createCell(2).setCellValue("n");
        int r = 1;
        for (Indicators s : snapshots) {
            for (Map.Entry<String, Long> entry : counts.apply(s).entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(names.getOrDefault(s.programmeId(), "#" + s.programmeId()));
                row.createCell(1).setCellValue(text(labelPrefix + entry.getKey(), locale));
                if (entry.getValue() == null) {
                    row.createCell(2).setCellValue(Indicators.cell(null)); // masked for funders
                } else {
                    row.createCell(2).setCellValue(entry.getValue());
                }
            }
        }
    }

    /** Sheet names: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    private static String safeName(String name) {
        String safe = name.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }

    private static String text(String key, Locale locale, Object... arguments) {
        return DomainMessages.text(key, locale, arguments);
    }
}
