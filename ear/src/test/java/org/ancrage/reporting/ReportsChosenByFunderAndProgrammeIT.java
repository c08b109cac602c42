package org.ancrage.reporting;

import static org.ancrage.testing.CaseFiles.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An activity report is chosen by funder and by programme; the PDF and XLSX reports leave out the
 * programmes that followed no household that year unless asked for (inactive=true), while the JSON
 * keeps them unless asked otherwise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsChosenByFunderAndProgrammeIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient DIRECTOR = ApiClient.as("direction", DemoData.PASSWORD);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ReportsChosenByFunderAndProgrammeIT.class);
    }

    @Test
    void aReportIsChosenByFunderAndProgrammeAndLeavesOutTheProgrammesWithoutActivity() throws Exception {
        String tag = CaseFiles.unique("R").toUpperCase(Locale.ROOT);
        String funder = "Financeur du rapport " + tag;
        long active = programme(funder, "RAP-A-" + tag, true);
        long idle = programme(funder, "RAP-I-" + tag, false);
        long elsewhere = programme("Autre financeur " + tag, "RAP-E-" + tag, true);
        computeStatistics();
        String byFunder = "/ancrage/api/statistics?year=2026&funder=" + URLEncoder.encode(funder, StandardCharsets.UTF_8);

        assertEquals(Set.of(active, idle), ids(DIRECTOR.get(byFunder)), "the funder's programmes, idle one included in JSON");
        assertEquals(Set.of(active), ids(DIRECTOR.get(byFunder + "&inactive=false")));
        assertEquals(Set.of(active, elsewhere), ids(DIRECTOR.get("/ancrage/api/statistics?year=2026&programmeId=" + active
                + "&programmeId=" + elsewhere)), "chosen programmes");

        String pdf = pdfText(DIRECTOR.download(byFunder, "application/pdf").body());
        assertTrue(pdf.contains("Programme RAP-A-" + tag), pdf);
        assertFalse(pdf.contains("Programme RAP-I-" + tag), "a programme without activity is left out: " + pdf);
        assertFalse(pdf.contains("Programme RAP-E-" + tag), "another funder's programme: " + pdf);
        assertTrue(pdfText(DIRECTOR.download(byFunder + "&inactive=true", "application/pdf").body())
                .contains("Programme RAP-I-" + tag), "asked for, it appears");
        String cells = xlsxText(DIRECTOR.download(byFunder, XLSX).body());
        assertTrue(cells.contains("Programme RAP-A-" + tag) && !cells.contains("Programme RAP-I-" + tag), cells);

        HttpResponse<String> bad = DIRECTOR.get(byFunder + "&inactive=peut-être");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(400, DIRECTOR.get("/ancrage/api/statistics?year=2026&programmeId=abc").statusCode());
    }

    /** A copy of a shipped template funded by {@code funder}, with one measure in 2026 if {@code followed}. */
    private static long programme(String funder, String code, boolean followed) throws Exception {
        ADMIN.post("/ancrage/api/programmes/templates", "");
        long template = TestDatabase.count("select id from programme where code = 'APAR-ASLL-71'");
        var copy = Json.createObjectBuilder(object(ADMIN.get("/ancrage/api/programmes/" + template)));
        copy.remove("id");
        copy.remove("version");
        HttpResponse<String> created = ADMIN.post("/ancrage/api/programmes",
                copy.add("code", code).add("name", "Programme " + code).add("funder", funder).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long programme = TestDatabase.count("select id from programme where code = '" + code + "'");
        if (followed) {
            ApiClient coordinator = ApiClient.as("coordinatrice", DemoData.PASSWORD);
            long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
            long household = CaseFiles.id(coordinator.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                    + ",\"members\":[{\"lastName\":\"" + CaseFiles.unique("Rapport-") + "\",\"firstName\":\"Lin\","
                    + "\"birthDate\":\"1985-03-01\",\"relationship\":\"HEAD\"}]}"));
            JsonObject referral = object(coordinator.post("/ancrage/api/referrals", "{\"householdId\":" + household
                    + ",\"programmeId\":" + programme + ",\"orientingBody\":\"CUD\",\"receivedOn\":\"2026-01-10\"}"));
            long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
            HttpResponse<String> admitted = coordinator.post("/ancrage/api/referrals/" + referral.getJsonNumber("id")
                    + "/admission", "{\"version\":" + referral.getJsonNumber("version") + ",\"referentWorkerId\":"
                    + worker + ",\"serviceUnitId\":" + nord + ",\"start\":\"2026-02-01\"}");
            assertTrue(admitted.statusCode() < 300, admitted.body());
        }
        return programme;
    }

    private static void computeStatistics() throws Exception {
        JsonObject run = object(DIRECTOR.post("/ancrage/api/statistics/runs?year=2026", ""));
        String status = "";
        for (int i = 0; i < 240 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(500);
            status = object(ADMIN.get("/ancrage/api/jobs/executions/" + run.getJsonNumber("id"))).getString("status");
        }
        assertEquals("COMPLETED", status);
    }

    private static Set<Long> ids(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        Set<Long> ids = new HashSet<>();
        Json.createReader(new StringReader(response.body())).readArray()
                .forEach(v -> ids.add(v.asJsonObject().getJsonNumber("programmeId").longValue()));
        return ids;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }

    private static String xlsxText(byte[] xlsx) throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            StringBuilder cells = new StringBuilder();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append('|'))));
            return cells.toString();
        }
    }
}
