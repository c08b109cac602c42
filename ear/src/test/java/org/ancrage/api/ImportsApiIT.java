package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Households imported through the API as an integration would: a CSV with French headings
 * uploaded (the mapping suggested and returned), its dry run naming the bad row and column, the
 * import job started and polled to its end, the same file again changing nothing, the refused rows
 * read back as a workbook; a rental manager refused, a bad mapping refused by name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportsApiIT {

    private static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A heading of its own to each test (not imported), so that no mapping saved by another is offered. */
    private static final String FILE = "N° dossier;Nom;Prénom;Lien;Né(e) le;Téléphone;Observations %d\r\n"
            + "A1;Durand;Hélène;Chef de ménage;05/09/1980;06 12 34 56 78;\r\n"
            + "A1;Durand;Léo;Enfant;31/02/2017;;\r\n"
            + "A2;Martin;Paul;Chef de famille;01/01/1970;;\r\n";

    private long nord;
    private String file;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ImportsApiIT.class);
    }

    @BeforeEach
    void service() throws Exception {
        nord = Long.parseLong(TestDatabase.text("select id::text from service_unit where code = 'NORD'"));
        file = String.format(FILE, System.nanoTime());
    }

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> upload(ApiClient who, String source, String mapping) throws Exception {
        return who.postBytes("/ancrage/api/imports?fileName=menages.csv&serviceUnitId=" + nord + "&source="
                + encoded(source) + (mapping == null ? "" : "&mapping=" + encoded(mapping)),
                file.getBytes(StandardCharsets.UTF_8));
    }

    /** Polls the execution (at most a minute) until it ends; its last state. */
    private static JsonObject awaitEnd(long execution) throws Exception {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> state = COORDINATOR.get("/ancrage/api/imports/executions/" + execution);
            assertEquals(200, state.statusCode(), state.body());
            if (!object(state).getString("status").startsWith("START")) {
                return object(state);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("execution " + execution + " still running after 60 s");
    }

    /** Uploads the file under {@code source}, checks the dry run says {@code outcomes}, imports it; the import's id. */
    private long importFile(String source, List<String> outcomes) throws Exception {
        HttpResponse<String> uploaded = upload(COORDINATOR, source, null);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long id = object(uploaded).getJsonNumber("id").longValue();
        HttpResponse<String> dry = COORDINATOR.get("/ancrage/api/imports/" + id + "/dry-run");
        assertEquals(200, dry.statusCode(), dry.body());
        assertEquals(outcomes, object(dry).getJsonArray("households").stream()
                .map(h -> h.asJsonObject().getString("outcome")).toList(), dry.body());
        HttpResponse<String> started = COORDINATOR.post("/ancrage/api/imports/" + id + "/executions", "");
        assertEquals(202, started.statusCode(), started.body());
        assertEquals("household-import", object(started).getString("jobName"));
        long execution = object(started).getJsonNumber("id").longValue();
        assertEquals("COMPLETED", awaitEnd(execution).getString("status"));
        HttpResponse<String> after = COORDINATOR.get("/ancrage/api/imports/" + id);
        assertEquals(execution, object(after).getJsonNumber("executionId").longValue(), after.body());
        return id;
    }

    private static long imported(String source) throws Exception {
        return TestDatabase.count("select count(*) from household where import_source = '" + source + "'");
    }

    @Test
    void aFileIsUploadedDryRunImportedOnceAndItsRefusedRowsComeBackAsAWorkbook() throws Exception {
        String source = "IT api " + System.nanoTime();
        HttpResponse<String> uploaded = upload(COORDINATOR, source, null);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonObject kept = object(uploaded);
        assertEquals(3, kept.getInt("rows"));
        assertEquals(source, kept.getString("source"));
        assertEquals(nord, kept.getJsonNumber("serviceUnitId").longValue());
        assertTrue(!kept.containsKey("executionId") || kept.isNull("executionId"), "not started yet");
        JsonObject mapping = kept.getJsonObject("mapping");
        assertEquals("KEY", mapping.getString("N° dossier"), kept.toString());
        assertEquals("LAST_NAME", mapping.getString("Nom"));
        assertEquals("FIRST_NAME", mapping.getString("Prénom"));
        assertEquals("RELATIONSHIP", mapping.getString("Lien"));
        assertEquals("BIRTH_DATE", mapping.getString("Né(e) le"));
        long id = kept.getJsonNumber("id").longValue();

        // The dry run writes nothing, and names the bad cell by its row and column.
        HttpResponse<String> dry = COORDINATOR.get("/ancrage/api/imports/" + id + "/dry-run");
        assertEquals(200, dry.statusCode(), dry.body());
        JsonObject run = object(dry);
        assertEquals(1, run.getInt("create"));
        assertEquals(1, run.getInt("refused"));
        JsonObject durand = run.getJsonArray("households").getJsonObject(0);
        assertEquals("REFUSED", durand.getString("outcome"));
        assertEquals("A1", durand.getString("key"));
        assertEquals("2, 3", durand.getString("rows"));
        assertEquals(1, durand.getJsonArray("errors").size(), durand.toString());
        JsonObject error = durand.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, error.getInt("row"));
        assertEquals("Né(e) le", error.getString("column"));
        assertEquals("import.value.dateInvalid", error.getString("code"));
        assertEquals("Ligne 3, colonne « Né(e) le » : « 31/02/2017 » n’est pas une date (attendu : 05/09/2017)",
                error.getString("message"));
        JsonObject martin = run.getJsonArray("households").getJsonObject(1);
        assertEquals("CREATE", martin.getString("outcome"));
        assertEquals("MARTIN Paul", martin.getString("name"));
        assertEquals(0, imported(source), "a dry run creates nothing");

        // The import: the household without error created, the refused one left out.
        HttpResponse<String> started = COORDINATOR.post("/ancrage/api/imports/" + id + "/executions", "");
        assertEquals(202, started.statusCode(), started.body());
        long execution = object(started).getJsonNumber("id").longValue();
        assertEquals("COMPLETED", awaitEnd(execution).getString("status"));
        assertEquals(1, imported(source));
        assertEquals("Martin Paul", TestDatabase.text("select p.last_name || ' ' || p.first_name from person p join"
                + " household h on h.id = p.household_id where h.import_source = '" + source + "' and h.import_key = 'A2'"));

        // The rows refused, read back as a workbook: the file's cells and the reason beside.
        HttpResponse<byte[]> refused = COORDINATOR.download("/ancrage/api/imports/" + id + "/refused-rows", XLSX);
        assertEquals(200, refused.statusCode(), new String(refused.body(), StandardCharsets.UTF_8));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(refused.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("N° dossier", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Motif du refus", sheet.getRow(0).getCell(7).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum(), "both rows of the refused household under the headings");
            assertEquals("31/02/2017", sheet.getRow(2).getCell(4).getStringCellValue());
            assertEquals("colonne « Né(e) le » : « 31/02/2017 » n’est pas une date (attendu : 05/09/2017)",
                    sheet.getRow(2).getCell(7).getStringCellValue());
        }

        // The same file again under the same source: the dry run says so, and the import changes nothing.
        String version = TestDatabase.text("select version::text from household where import_source = '" + source + "'");
        long trail = TestDatabase.count("select count(*) from audit_entry where action = 'IMPORT'");
        importFile(source, List.of("REFUSED", "UNCHANGED"));
        assertEquals(1, imported(source), "the same file twice adds nothing");
        assertEquals(version, TestDatabase.text("select version::text from household where import_source = '"
                + source + "'"), "nor changes anything");
        assertEquals(trail, TestDatabase.count("select count(*) from audit_entry where action = 'IMPORT'"),
                "nor writes to the trail");
    }

    @Test
    void aFailedImportIsRestartedFromTheApi() throws Exception {
        String source = "IT api restart " + System.nanoTime();
        HttpResponse<String> uploaded = COORDINATOR.postBytes("/ancrage/api/imports?fileName=panne.csv&serviceUnitId="
                + nord + "&source=" + encoded(source), file.replace("Martin", "Panne").getBytes(StandardCharsets.UTF_8));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long id = object(uploaded).getJsonNumber("id").longValue();
        TestDatabase.execute("create or replace function import_api_it_failure() returns trigger as $$ begin"
                + " if new.last_name = 'Panne' then raise exception 'injected failure'; end if;"
                + " return new; end $$ language plpgsql");
        TestDatabase.execute("create trigger import_api_it_failure before insert on person for each row"
                + " execute function import_api_it_failure()");
        long failed;
        try {
            HttpResponse<String> started = COORDINATOR.post("/ancrage/api/imports/" + id + "/executions", "");
            assertEquals(202, started.statusCode(), started.body());
            failed = object(started).getJsonNumber("id").longValue();
            assertEquals("FAILED", awaitEnd(failed).getString("status"));
        } finally {
            TestDatabase.execute("drop trigger import_api_it_failure on person");
            TestDatabase.execute("drop function import_api_it_failure()");
        }
        assertEquals(0, imported(source), "the failed chunk rolled back");

        HttpResponse<String> manager = ApiClient.as("gestion", DemoData.PASSWORD)
                .post("/ancrage/api/imports/executions/" + failed + "/restart", "");
        assertEquals(403, manager.statusCode(), manager.body());
        HttpResponse<String> restarted = COORDINATOR.post("/ancrage/api/imports/executions/" + failed + "/restart", "");
        assertEquals(202, restarted.statusCode(), restarted.body());
        long again = object(restarted).getJsonNumber("id").longValue();
        assertTrue(again != failed, "a new execution");
        assertEquals("COMPLETED", awaitEnd(again).getString("status"));
        assertEquals(1, imported(source), "the household without error imported on restart");
    }

    @Test
    void onlyThoseWhoMayCreateHouseholdsInTheServiceMayImport() throws Exception {
        String source = "IT api refused " + System.nanoTime();
        HttpResponse<String> manager = upload(ApiClient.as("gestion", DemoData.PASSWORD), source, null);
        assertEquals(403, manager.statusCode(), manager.body());
        assertEquals("forbidden", object(manager).getString("error"));

        HttpResponse<String> uploaded = upload(COORDINATOR, source, null);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long id = object(uploaded).getJsonNumber("id").longValue();
        HttpResponse<String> managerDry = ApiClient.as("gestion", DemoData.PASSWORD)
                .get("/ancrage/api/imports/" + id + "/dry-run");
        assertEquals(403, managerDry.statusCode(), managerDry.body());
        assertEquals("forbidden", object(managerDry).getString("error"));
        // A social worker of another service: not within her need to know.
        HttpResponse<String> south = ApiClient.as("travailleuse-sud", DemoData.PASSWORD)
                .post("/ancrage/api/imports/" + id + "/executions", "");
        assertEquals(403, south.statusCode(), south.body());
        assertEquals("forbidden", object(south).getString("error"));
        assertEquals(0, imported(source));
    }

    @Test
    void aMissingParameterOrAnEmptyFileIsRefusedAsJson() throws Exception {
        HttpResponse<String> noName = COORDINATOR.postBytes("/ancrage/api/imports?serviceUnitId=" + nord,
                file.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, noName.statusCode(), noName.body());
        assertEquals("fileName", object(noName).getJsonArray("fields").getJsonObject(0).getString("field"));
        HttpResponse<String> noService = COORDINATOR.postBytes("/ancrage/api/imports?fileName=menages.csv",
                file.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, noService.statusCode(), noService.body());
        assertEquals("serviceUnitId", object(noService).getJsonArray("fields").getJsonObject(0).getString("field"));
        HttpResponse<String> empty = COORDINATOR.postBytes("/ancrage/api/imports?fileName=menages.csv&serviceUnitId="
                + nord, new byte[0]);
        assertEquals(422, empty.statusCode(), empty.body());
        assertEquals("import.file.empty", object(empty).getString("error"));
        assertEquals(404, COORDINATOR.get("/ancrage/api/imports/999999999/dry-run").statusCode());
    }

    @Test
    void aBadMappingIsRefusedByName() throws Exception {
        String source = "IT api mapping " + System.nanoTime();
        HttpResponse<String> unknown = upload(COORDINATOR, source,
                "{\"N° dossier\": \"KEY\", \"Nom\": \"NOM_DE_FAMILLE\", \"Prénom\": \"FIRST_NAME\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        JsonObject field = object(unknown).getJsonArray("fields").getJsonObject(0);
        assertEquals("mapping", field.getString("field"));
        assertTrue(field.getString("message").contains("LAST_NAME"), "the known fields listed: " + unknown.body());

        HttpResponse<String> noKey = upload(COORDINATOR, source, "{\"Nom\": \"LAST_NAME\", \"Prénom\": \"FIRST_NAME\"}");
        assertEquals(422, noKey.statusCode(), noKey.body());
        assertEquals("import.mapping.required", object(noKey).getString("error"));

        HttpResponse<String> twice = upload(COORDINATOR, source,
                "{\"N° dossier\": \"KEY\", \"Nom\": \"LAST_NAME\", \"Prénom\": \"FIRST_NAME\", \"Lien\": \"FIRST_NAME\"}");
        assertEquals(422, twice.statusCode(), twice.body());
        assertEquals("import.mapping.twice", object(twice).getString("error"));

        // A mapping that serves is taken as sent: the phone left out is not imported.
        HttpResponse<String> chosen = upload(COORDINATOR, source,
                "{\"N° dossier\": \"KEY\", \"Nom\": \"LAST_NAME\", \"Prénom\": \"FIRST_NAME\", \"Lien\": \"RELATIONSHIP\"}");
        assertEquals(201, chosen.statusCode(), chosen.body());
        assertEquals(List.of("N° dossier", "Nom", "Prénom", "Lien"),
                List.copyOf(object(chosen).getJsonObject("mapping").keySet()));
    }
}
