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
 * A funder-viewer account is tied to its funder and reads that funder's programmes only — in the
 * statistics' JSON, PDF and XLSX and in the capacity figures — never another funder's; an account
 * tied to none reads none; an API key with the funder-viewer role is tied to its funder the same way.
 * Only a funder account or key has a funder, and only one that funds a programme.
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
        String nameA = "Programme A " + tag;
        String nameB = "Programme B " + tag;
        long programmeA = CaseFiles.programmeCopy("PROG-A-" + tag, nameA, funderA);
        long programmeB = CaseFiles.programmeCopy("PROG-B-" + tag, nameB, funderB);
        CaseFiles.followedIn(programmeA, CaseFiles.unique("Financé-"));
        CaseFiles.followedIn(programmeB, CaseFiles.unique("Financé-"));

        String tied = ("fin-a-" + tag).toLowerCase(Locale.ROOT);
        HttpResponse<String> created = ADMIN.post("/ancrage/api/accounts", account(tied, funderA));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(funderA, object(created).getString("funder"));
        String untied = ("fin-0-" + tag).toLowerCase(Locale.ROOT);
        assertEquals(201, ADMIN.post("/ancrage/api/accounts", account(untied, null)).statusCode());

        Statistics.compute(2026);
        Set<Long> seen = Statistics.programmeIds(ApiClient.as(tied, PASSWORD).get("/ancrage/api/statistics?year=2026"));
        assertTrue(seen.contains(programmeA), "its own funder's programme: " + seen);
        assertFalse(seen.contains(programmeB), "another funder's programme: " + seen);
        for (long id : seen) {
            assertEquals(funderA, TestDatabase.text("select funder from programme where id = " + id));
        }
        assertTrue(Statistics.programmeIds(DIRECTOR.get("/ancrage/api/statistics?year=2026")).containsAll(
                Set.of(programmeA, programmeB)), "a director reads every programme");
        assertEquals(Set.of(), Statistics.programmeIds(ApiClient.as(untied, PASSWORD).get("/ancrage/api/statistics?year=2026")),
                "an account tied to no funder reads no programme");

        // The funder's data warehouse, with an API key of the same funder: the same programmes.
        HttpResponse<String> issued = ADMIN.post("/ancrage/api/api-keys", key("funder-viewer", funderA));
        assertEquals(201, issued.statusCode(), issued.body());
        assertEquals(funderA, object(issued).getJsonObject("key").getString("funder"));
        ApiClient warehouse = ApiClient.bearer(object(issued).getString("secret"));
        Set<Long> seenByKey = Statistics.programmeIds(warehouse.get("/ancrage/api/statistics?year=2026"));
        assertTrue(seenByKey.contains(programmeA), "its own funder's programme, by key: " + seenByKey);
        assertFalse(seenByKey.contains(programmeB), "another funder's programme, by key: " + seenByKey);
        assertEquals(403, warehouse.get("/ancrage/api/capacity/" + programmeB).statusCode());

        String pdf = Pdfs.text(ApiClient.as(tied, PASSWORD).download("/ancrage/api/statistics?year=2026",
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

        // API keys: a funder key names a funder that funds a programme; no other key names one.
        HttpResponse<String> unnamed = ADMIN.post("/ancrage/api/api-keys", key("funder-viewer", null));
        assertEquals(422, unnamed.statusCode(), unnamed.body());
        assertEquals("apikey.funderNeeded", body(unnamed).getString("error"));
        HttpResponse<String> unknownKey = ADMIN.post("/ancrage/api/api-keys", key("funder-viewer", "Nul ne finance"));
        assertEquals(422, unknownKey.statusCode(), unknownKey.body());
        assertEquals("account.unknownFunder", body(unknownKey).getString("error"));
        HttpResponse<String> directorsKey = ADMIN.post("/ancrage/api/api-keys", key("director", "CAF"));
        assertEquals(422, directorsKey.statusCode(), directorsKey.body());
        assertEquals("apikey.funderOnlyForFunders", body(directorsKey).getString("error"));

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

    private static String key(String role, String funder) {
        return "{\"name\":\"" + CaseFiles.unique("entrepot-") + "\",\"role\":\"" + role + "\",\"expiresOn\":\""
                + java.time.LocalDate.now().plusMonths(6) + "\"" + (funder == null ? "" : ",\"funder\":\"" + funder + "\"")
                + "}";
    }

    private static String account(String username, String funder) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Financeur " + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"funder-viewer\"]" + (funder == null ? "" : ",\"funder\":\"" + funder + "\"")
                + "}";
    }

}
