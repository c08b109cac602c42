package org.ancrage.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Statistics;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activity report's workbook read sheet by sheet against the JSON of the same statistics: the
 * figures sheet has a row per programme and, column by column, the same totals; each distribution's
 * sheet adds up to the same counts; the definitions sheet defines every figure; no cell shows a raw
 * bundle key. In French and in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsWorkbookIsTheJsonIT {

    private static final int YEAR = 2026;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> FIGURES = List.of("householdsFollowed", "entries", "ends", "homeVisits",
            "officeAppointments", "monthMeasures");
    private static final List<String> DISTRIBUTIONS = List.of("outcomes", "endReasons", "composition", "ageBands",
            "resources");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(StatisticsWorkbookIsTheJsonIT.class);
    }

    @Test
    void everySheetOfTheWorkbookSaysWhatTheJsonSays() throws Exception {
        Statistics.compute(YEAR);
        for (String language : List.of("fr", "en")) {
            ApiClient director = ApiClient.as("direction", DemoData.PASSWORD).withLanguage(language);
            String query = "/ancrage/api/statistics?year=" + YEAR + "&inactive=true";
            var json = director.get(query);
            assertEquals(200, json.statusCode(), json.body());
            List<JsonObject> association = new ArrayList<>();
            for (JsonValue value : Json.createReader(new StringReader(json.body())).readArray()) {
                JsonObject snapshot = value.asJsonObject();
                if (!snapshot.containsKey("serviceUnitId") || snapshot.isNull("serviceUnitId")) {
                    association.add(snapshot);
                }
            }
            assertFalse(association.isEmpty(), "the association's figures");
            var xlsx = director.download(query, XLSX);
            assertEquals(200, xlsx.statusCode());
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertEquals(2 + DISTRIBUTIONS.size(), workbook.getNumberOfSheets(), "figures, distributions, definitions");
                Sheet figures = workbook.getSheetAt(0);
                assertEquals(association.size(), figures.getLastRowNum(), language + ": a row per programme");
                for (int f = 0; f < FIGURES.size(); f++) {
                    String figure = FIGURES.get(f);
                    long inJson = association.stream().mapToLong(s -> s.getJsonNumber(figure).longValue()).sum();
                    assertEquals(inJson, columnSum(figures, f + 1), language + ": " + figure);
                }
                for (int d = 0; d < DISTRIBUTIONS.size(); d++) {
                    String distribution = DISTRIBUTIONS.get(d);
                    long inJson = association.stream().flatMap(s -> s.getJsonObject(distribution).values().stream())
                            .mapToLong(v -> ((JsonNumber) v).longValue()).sum();
                    assertEquals(inJson, columnSum(workbook.getSheetAt(1 + d), 2), language + ": " + distribution);
                }
                Sheet definitions = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
                assertTrue(definitions.getLastRowNum() + 1 >= FIGURES.size(), "a definition per figure");
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING) {
                                String text = cell.getStringCellValue();
                                assertFalse(text.startsWith("report.") || text.contains("???"),
                                        language + ", sheet " + sheet.getSheetName() + ": " + text);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The sum of a column's numbers below the header row. */
    private static long columnSum(Sheet sheet, int column) {
        long sum = 0;
        for (Row row : sheet) {
            Cell cell = row.getRowNum() == 0 ? null : row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                sum += (long) cell.getNumericCellValue();
            }
        }
        return sum;
    }
}
