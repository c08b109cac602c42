package org.ancrage.privacy;

import static org.ancrage.testing.CaseFiles.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.Statistics;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A funder reads the statistics with every cell of 1 to 4 households masked (null, flagged), and
 * never a single masked cell in a distribution (the total would give it away); a director reads
 * the exact figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmallCellsAreMaskedForFundersIT {

    private static final ApiClient DIRECTOR = ApiClient.as("direction", DemoData.PASSWORD);
    private static final ApiClient FUNDER = ApiClient.as("financeur", DemoData.PASSWORD);
    /** The funder the demo funder account is tied to (DemoData). */
    private static final String FUNDERS_OWN = org.ancrage.programmes.ProgrammeTemplates.alsaImlSublease().getFunder();
    private static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);
    private static final List<String> DISTRIBUTIONS = List.of("outcomes", "endReasons", "composition", "ageBands",
            "resources");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(SmallCellsAreMaskedForFundersIT.class);
    }

    @Test
    void aFundersSmallCellsAreMaskedADirectorsAreExact() throws Exception {
        // One household, the only one of a programme of its own (a copy of a template, whatever other
        // tests put on the template): every cell of its programme holds 1.
        String code = CaseFiles.unique("CELLULES-").toUpperCase(java.util.Locale.ROOT);
        long programme = CaseFiles.programmeCopy(code, "ASLL " + code, FUNDERS_OWN);
        JsonObject measure = CaseFiles.followedIn(programme, CaseFiles.unique("Cellule-"));
        // Its one end, by reason and outcome (issue 18): a count of 1 in each distribution of the ends.
        object(COORDINATOR.post("/ancrage/api/measures/" + measure.getJsonNumber("id") + "/end", "{\"version\":"
                + measure.getJsonNumber("version") + ",\"date\":\"2026-06-30\",\"reason\":\"MOVED\","
                + "\"housingOutcome\":\"OTHER_AUTONOMOUS_HOUSING\"}"));

        Statistics.compute(2026);

        // The funder reads its own funder's programmes (FundersReadTheirOwnProgrammesIT): compare those.
        JsonArray exact = ownFundersOnly(array(DIRECTOR.get("/ancrage/api/statistics?year=2026")));
        JsonArray masked = array(FUNDER.get("/ancrage/api/statistics?year=2026"));
        assertEquals(exact.size(), masked.size());
        int maskedCells = 0;
        for (int i = 0; i < exact.size(); i++) {
            JsonObject e = exact.getJsonObject(i);
            JsonObject m = masked.getJsonObject(i);
            assertEquals(e.getJsonNumber("programmeId"), m.getJsonNumber("programmeId"));
            for (String distribution : DISTRIBUTIONS) {
                JsonObject cellsExact = e.getJsonObject(distribution);
                JsonObject cellsMasked = m.getJsonObject(distribution);
                if (cellsMasked.containsKey("MASKED")) {
                    // Its only cell was small: not even the category is said.
                    assertEquals(1, cellsMasked.size(), cellsMasked.toString());
                    assertEquals(1, cellsExact.size(), cellsExact.toString());
                    assertTrue(cellsExact.values().iterator().next().toString().matches("[1-4]"));
                    maskedCells++;
                    continue;
                }
                assertEquals(cellsExact.keySet(), cellsMasked.keySet());
                int nulls = 0;
                for (String key : cellsExact.keySet()) {
                    long n = cellsExact.getJsonNumber(key).longValue();
                    if (cellsMasked.get(key).getValueType() == JsonValue.ValueType.NULL) {
                        nulls++;
                        assertTrue(m.getBoolean("masked"));
                        assertTrue(m.getJsonArray("maskedCells").toString().contains(distribution + "." + key));
                    } else {
                        assertEquals(n, cellsMasked.getJsonNumber(key).longValue());
                        assertTrue(n >= 5 || n == 0, distribution + "." + key + " = " + n + " shown to a funder");
                    }
                }
                assertNotEquals(1, nulls, "a lone masked cell could be recomputed from the total: " + cellsMasked);
                maskedCells += nulls;
            }
            maskedCells += programmeCountsAreMaskedLikeCells(e, m);
            if (e.getJsonNumber("programmeId").longValue() == programme) {
                for (String figure : List.of("householdsFollowed", "entries", "monthMeasures", "averageDurationMonths",
                        "homeVisits", "officeAppointments")) {
                    assertEquals(JsonValue.ValueType.NULL, m.get(figure).getValueType(), figure + " of one household");
                }
                assertEquals(1, e.getJsonObject("ageBands").values().stream()
                        .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum(), "a director's figures are exact");
                assertEquals("{\"MASKED\":null}", m.getJsonObject("ageBands").toString(),
                        "a funder learns neither the count nor the category");
                assertEquals("{\"MOVED\":1}", e.getJsonObject("endReasons").toString(), "a director reads the reason");
                assertEquals("{\"MASKED\":null}", m.getJsonObject("endReasons").toString(),
                        "a funder learns neither how many ended nor why");
                assertEquals(JsonValue.ValueType.NULL, m.get("ends").getValueType(), "one end");
            }
        }
        assertTrue(maskedCells > 0, "the data holds small cells");
        HttpResponse<byte[]> pdf = FUNDER.download("/ancrage/api/statistics?year=2026", "application/pdf");
        assertEquals(200, pdf.statusCode());
        String name = "ASLL " + code;
        String page = Pdfs.pageOf(pdf.body(), name);
        assertTrue(page.matches("(?s).*Ménages suivis\\s*< 5.*"), page);
        assertTrue(page.matches("(?s).*Mois-mesures\\s*masqué.*"), page);
        // its ends by reason: a row saying neither the reason nor the count (OpenPDF gives tables after the
        // headings, and the table may begin the next page; the workbook below says which programme's it is)
        assertTrue(Pdfs.textFrom(pdf.body(), name).matches("(?s).*Non détaillé \\(moins de 5 sorties\\)\\s*< 5\\s.*"));
        // a client of its own for each download: a connection kept from a slow one was seen closed under load
        HttpResponse<byte[]> xlsx = ApiClient.as("financeur", DemoData.PASSWORD).download("/ancrage/api/statistics?year=2026",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, xlsx.statusCode());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0 && name.equals(row.getCell(0).toString())) {
                    found = true;
                    assertEquals("< 5", row.getCell(1).toString(), "households followed");
                    assertEquals("< 5", row.getCell(2).toString(), "entries");
                    assertEquals("masqué", row.getCell(6).toString(), "month-measures");
                }
            }
            assertTrue(found, "the programme's row in the workbook");
            List<String> reasons = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheet("Sorties par motif")) {
                if (name.equals(row.getCell(0).toString())) {
                    reasons.add(row.getCell(1) + " " + row.getCell(2));
                }
            }
            assertEquals(List.of("Non détaillé (moins de 5 sorties) < 5"), reasons, "its ends by reason in the workbook");
        }
        HttpResponse<byte[]> exactPdf = ApiClient.as("direction", DemoData.PASSWORD).download("/ancrage/api/statistics?year=2026", "application/pdf");
        assertTrue(Pdfs.pageOf(exactPdf.body(), name).matches("(?s).*Ménages suivis\\s*1\\b.*"), "a director's are exact");
    }

    /**
     * A funder's programme counts of 1 to 4 are null and listed as masked, as cells are; with the
     * households followed masked, so is what is said about them. Returns how many were masked.
     */
    private static int programmeCountsAreMaskedLikeCells(JsonObject exact, JsonObject masked) {
        int count = 0;
        for (String figure : List.of("householdsFollowed", "entries", "ends")) {
            long n = exact.getJsonNumber(figure).longValue();
            if (n > 0 && n < 5) {
                assertEquals(JsonValue.ValueType.NULL, masked.get(figure).getValueType(), figure + " = " + n);
                assertTrue(masked.getJsonArray("maskedCells").toString().contains("\"" + figure + "\""));
                count++;
            } else {
                assertEquals(n, masked.getJsonNumber(figure).longValue(), figure + " shown exact");
            }
        }
        boolean householdsMasked = masked.isNull("householdsFollowed");
        for (String figure : List.of("homeVisits", "officeAppointments", "monthMeasures", "averageDurationMonths")) {
            assertEquals(householdsMasked, masked.isNull(figure), figure + " follows the households followed");
            if (!householdsMasked) {
                assertEquals(exact.getJsonNumber(figure), masked.getJsonNumber(figure));
            }
        }
        return count;
    }

    /** The snapshots of the programmes the demo funder account is tied to. */
    private static JsonArray ownFundersOnly(JsonArray snapshots) throws Exception {
        var own = Json.createArrayBuilder();
        for (JsonValue snapshot : snapshots) {
            long programme = snapshot.asJsonObject().getJsonNumber("programmeId").longValue();
            if (FUNDERS_OWN.equals(TestDatabase.text("select funder from programme where id = " + programme))) {
                own.add(snapshot);
            }
        }
        return own.build();
    }

    @Test
    void aFunderReadsTheAssociationsFiguresNotOneServicesWhichWouldGiveMaskedOnesAway() throws Exception {
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        String refusals = "select count(*) from audit_entry where action = 'REFUSED' and username = 'financeur'"
                + " and entity_type = 'StatisticsOfAService' and entity_id = " + nord;
        long before = TestDatabase.count(refusals);
        HttpResponse<String> refused = FUNDER.get("/ancrage/api/statistics?year=2026&serviceUnitId=" + nord);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("financeurs"), refused.body());
        assertEquals(before + 1, TestDatabase.count(refusals));
        assertEquals(200, DIRECTOR.get("/ancrage/api/statistics?year=2026&serviceUnitId=" + nord).statusCode());
        assertEquals(200, FUNDER.get("/ancrage/api/statistics?year=2026").statusCode());
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
