package org.ancrage.privacy;

import static org.ancrage.testing.CaseFiles.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
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
 * A funder-viewer account is tied to its funder and reads that funder's programmes only — in the
 * statistics' JSON, PDF and XLSX and in the capacity figures — never another funder's; an account
 * tied to none reads none. Only a funder account has a funder, and only one that funds a programme.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundersReadTheirOwnProgrammesIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient DIRECTOR = ApiClient.as("direction", DemoData.PASSWORD);
    private static final String PASSWORD = "Financeur-Lecture-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(FundersReadTheirOwnProgrammesIT.class);
    }

    @Test
    void aFunderReadsItsOwnProgrammesOnly() throws Exception {
        String tag = CaseFiles.unique("F").toUpperCase(Locale.ROOT);
        String funderA = "Financeur A " + tag;
        String funderB = "Financeur B " + tag;
        long programmeA = programmeFundedBy(funderA, "PROG-A-" + tag);
        long programmeB = programmeFundedBy(funderB, "PROG-B-" + tag);
        String nameA = "Programme A " + tag;
        String nameB = "Programme B " + tag;

        String tied = ("fin-a-" + tag).toLowerCase(Locale.ROOT);
        HttpResponse<String> created = ADMIN.post("/ancrage/api/accounts", account(tied, funderA));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(funderA, object(created).getString("funder"));
        String untied = ("fin-0-" + tag).toLowerCase(Locale.ROOT);
        assertEquals(201, ADMIN.post("/ancrage/api/accounts", account(untied, null)).statusCode());

        computeStatistics();
        Set<Long> seen = programmeIds(ApiClient.as(tied, PASSWORD).get("/ancrage/api/statistics?year=2026"));
        assertTrue(seen.contains(programmeA), "its own funder's programme: " + seen);
        assertFalse(seen.contains(programmeB), "another funder's programme: " + seen);
        for (long id : seen) {
            assertEquals(funderA, TestDatabase.text("select funder from programme where id = " + id));
        }
        assertTrue(programmeIds(DIRECTOR.get("/ancrage/api/statistics?year=2026")).containsAll(
                Set.of(programmeA, programmeB)), "a director reads every programme");
        assertEquals(Set.of(), programmeIds(ApiClient.as(untied, PASSWORD).get("/ancrage/api/statistics?year=2026")),
                "an account tied to no funder reads no programme");

        String pdf = pdfText(ApiClient.as(tied, PASSWORD).download("/ancrage/api/statistics?year=2026",
                "application/pdf").body());
        assertTrue(pdf.contains(nameA), pdf);
        assertFalse(pdf.contains(nameB), pdf);
        byte[] xlsx = ApiClient.as(tied, PASSWORD).download("/ancrage/api/statistics?year=2026",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            StringBuilder cells = new StringBuilder();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append('|'))));
            assertTrue(cells.toString().contains(nameA), "its programme in the workbook");
            assertFalse(cells.toString().contains(nameB), "another funder's programme in the workbook");
        }

        // Capacity: its programme's figures, another's refused and audited, the list its own.
        assertEquals(200, ApiClient.as(tied, PASSWORD).get("/ancrage/api/capacity/" + programmeA).statusCode());
        String refusals = "select count(*) from audit_entry where action = 'REFUSED' and username = '" + tied
                + "' and entity_type = 'ProgrammeOfAnotherFunder' and entity_id = " + programmeB;
        HttpResponse<String> refused = ApiClient.as(tied, PASSWORD).get("/ancrage/api/capacity/" + programmeB);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(body(refused).getString("message").contains("autre financeur"), refused.body());
        assertEquals(1, TestDatabase.count(refusals));
        JsonArray capacity = object(ApiClient.as(tied, PASSWORD).get("/ancrage/api/capacity?size=100"))
                .getJsonArray("items");
        Set<Long> capacityIds = new HashSet<>();
        capacity.forEach(v -> capacityIds.add(v.asJsonObject().getJsonNumber("programmeId").longValue()));
        assertTrue(capacityIds.contains(programmeA) && !capacityIds.contains(programmeB), capacityIds.toString());
    }

    @Test
    void onlyAFunderAccountHasAFunderAndOnlyOneThatFundsAProgramme() throws Exception {
        String tag = CaseFiles.unique("G").toLowerCase(Locale.ROOT);
        HttpResponse<String> unknown = ADMIN.post("/ancrage/api/accounts", account("fin-x-" + tag, "Nul ne finance"));
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertEquals("account.unknownFunder", body(unknown).getString("error"));
        HttpResponse<String> notAFunder = ADMIN.post("/ancrage/api/accounts", "{\"username\":\"sw-" + tag
                + "\",\"displayName\":\"Pas financeur\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"social-worker\"],"
                + "\"funder\":\"CAF\"}");
        assertEquals(422, notAFunder.statusCode(), notAFunder.body());
        assertEquals("account.funderOnlyForFunders", body(notAFunder).getString("error"));
        assertEquals(0, TestDatabase.count("select count(*) from user_account where username in ('fin-x-" + tag
                + "', 'sw-" + tag + "')"), "nothing saved");

        // A funder account whose role changes loses its funder with the role.
        JsonObject account = object(ADMIN.post("/ancrage/api/accounts", account("fin-y-" + tag, "CAF")));
        HttpResponse<String> edited = ADMIN.put("/ancrage/api/accounts/" + account.getJsonNumber("id"),
                "{\"version\":" + account.getJsonNumber("version") + ",\"displayName\":\"Ex-financeur\","
                        + "\"roles\":[\"director\"]}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(!object(edited).containsKey("funder") || object(edited).isNull("funder"), edited.body());
    }

    /** An answer's JSON, whatever its status (a refusal's too). */
    private static JsonObject body(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String account(String username, String funder) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Financeur " + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"funder-viewer\"]" + (funder == null ? "" : ",\"funder\":\"" + funder + "\"")
                + "}";
    }

    /** A copy of a shipped template, funded by {@code funder}, with one measure in 2026. */
    private static long programmeFundedBy(String funder, String code) throws Exception {
        ADMIN.post("/ancrage/api/programmes/templates", "");
        long template = TestDatabase.count("select id from programme where code = 'APAR-ASLL-71'");
        var copy = Json.createObjectBuilder(object(ADMIN.get("/ancrage/api/programmes/" + template)));
        copy.remove("id");
        copy.remove("version");
        String name = "Programme " + code.charAt(5) + " " + code.substring(7);
        HttpResponse<String> created = ADMIN.post("/ancrage/api/programmes",
                copy.add("code", code).add("name", name).add("funder", funder).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long programme = TestDatabase.count("select id from programme where code = '" + code + "'");
        ApiClient coordinator = ApiClient.as("coordinatrice", DemoData.PASSWORD);
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long household = CaseFiles.id(coordinator.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"members\":[{\"lastName\":\"" + CaseFiles.unique("Financé-") + "\",\"firstName\":\"Lou\","
                + "\"birthDate\":\"1980-06-01\",\"relationship\":\"HEAD\"}]}"));
        JsonObject referral = object(coordinator.post("/ancrage/api/referrals", "{\"householdId\":" + household
                + ",\"programmeId\":" + programme + ",\"orientingBody\":\"CUD\",\"receivedOn\":\"2026-01-10\"}"));
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        HttpResponse<String> admitted = coordinator.post("/ancrage/api/referrals/" + referral.getJsonNumber("id")
                + "/admission", "{\"version\":" + referral.getJsonNumber("version") + ",\"referentWorkerId\":" + worker
                + ",\"serviceUnitId\":" + nord + ",\"start\":\"2026-02-01\"}");
        assertTrue(admitted.statusCode() < 300, admitted.body());
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

    private static Set<Long> programmeIds(HttpResponse<String> response) {
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
}
