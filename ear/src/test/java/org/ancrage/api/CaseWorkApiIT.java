package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case work through the REST API as an integrating system would use it, bad input included. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseWorkApiIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);
    private static final ApiClient WORKER = ApiClient.as("travailleur", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(CaseWorkApiIT.class);
    }

    private long serviceUnitId;
    private long workerId;
    private long alsaId;

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** The items of a page, the shape every list answers. */
    private static JsonArray items(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject().getJsonArray("items");
    }

    private static long sqlLong(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user", "postgres"), "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @BeforeEach
    void references() throws Exception {
        assertEquals(200, ADMIN.post("/ancrage/api/programmes/templates", "").statusCode());
        alsaId = items(WORKER.get("/ancrage/api/programmes?size=100")).stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("code").equals("ALSA-IML-SOUS-LOCATION")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        serviceUnitId = sqlLong("select id from service_unit where code = 'NORD'");
        workerId = sqlLong("select id from user_account where username = 'travailleur'");
    }

    private long createHousehold(String name) throws Exception {
        HttpResponse<String> created = COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + serviceUnitId
                + ",\"residenceStatusValidUntil\":\"2030-01-01\",\"members\":[{\"lastName\":\"" + name
                + "\",\"firstName\":\"Fatou\",\"birthDate\":\"1985-02-11\",\"sex\":\"F\",\"relationship\":\"HEAD\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonObject("household").getJsonNumber("id").longValue();
    }

    @Test
    void badHouseholdValuesAreNamedFieldByField() throws Exception {
        HttpResponse<String> response = COORDINATOR.post("/ancrage/api/households",
                "{\"members\":[],\"email\":\"pas-un-courriel\"}");
        assertEquals(400, response.statusCode(), response.body());
        List<String> fields = object(response).getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field")).toList();
        assertEquals(List.of("email", "members", "serviceUnitId"), fields, response.body());
    }

    @Test
    void aMemberBornInTheFutureOrAnUnknownRelationshipIsRefused() throws Exception {
        HttpResponse<String> future = COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + serviceUnitId
                + ",\"members\":[{\"lastName\":\"X\",\"firstName\":\"Y\",\"birthDate\":\"2999-01-01\",\"relationship\":\"HEAD\"}]}");
        assertEquals(400, future.statusCode(), future.body());
        assertEquals("members[0].birthDate", object(future).getJsonArray("fields").getJsonObject(0).getString("field"));

        HttpResponse<String> unknown = COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + serviceUnitId
                + ",\"members\":[{\"lastName\":\"X\",\"firstName\":\"Y\",\"relationship\":\"COUSIN\"}]}");
        assertEquals(400, unknown.statusCode(), unknown.body());
    }

    @Test
    void referralAdmissionRenewalAndTheProgrammesReason() throws Exception {
        long household = createHousehold("Api-Kone");
        HttpResponse<String> referral = COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":" + household
                + ",\"programmeId\":" + alsaId + ",\"orientingBody\":\"SIAO\",\"receivedOn\":\"2026-01-02\"}");
        assertEquals(201, referral.statusCode(), referral.body());
        JsonObject r = object(referral);

        HttpResponse<String> admitted = COORDINATOR.post("/ancrage/api/referrals/" + r.getJsonNumber("id") + "/admission",
                "{\"version\":" + r.getJsonNumber("version") + ",\"referentWorkerId\":" + workerId
                        + ",\"serviceUnitId\":" + serviceUnitId + ",\"start\":\"2026-01-05\"}");
        assertEquals(200, admitted.statusCode(), admitted.body());
        JsonObject measure = object(admitted);
        long id = measure.getJsonNumber("id").longValue();
        assertEquals("2026-07-04", measure.getJsonArray("periods").getJsonObject(0).getString("end"));

        JsonObject evaluated = object(WORKER.post("/ancrage/api/measures/" + id + "/evaluations", "{\"version\":"
                + measure.getJsonNumber("version") + ",\"writtenOn\":\"2026-06-15\",\"assessment\":\"Bilan\","
                + "\"proposedDecision\":\"RENEW\"}"));
        JsonObject renewed = object(WORKER.post("/ancrage/api/measures/" + id + "/renewals",
                "{\"version\":" + evaluated.getJsonNumber("version") + "}"));
        assertEquals(2, renewed.getJsonArray("periods").size(), renewed.toString());

        HttpResponse<String> stale = WORKER.post("/ancrage/api/measures/" + id + "/renewals",
                "{\"version\":" + evaluated.getJsonNumber("version") + "}");
        assertEquals(409, stale.statusCode(), stale.body());

        JsonObject evaluatedAgain = object(WORKER.post("/ancrage/api/measures/" + id + "/evaluations", "{\"version\":"
                + renewed.getJsonNumber("version") + ",\"writtenOn\":\"2026-12-15\",\"assessment\":\"Bilan 2\","
                + "\"proposedDecision\":\"RENEW_BY_DEROGATION\"}"));
        HttpResponse<String> refused = WORKER.post("/ancrage/api/measures/" + id + "/renewals",
                "{\"version\":" + evaluatedAgain.getJsonNumber("version") + "}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("measure.renewal.derogationRequired", object(refused).getString("error"));
        assertTrue(object(refused).getString("message").contains("dérogation (DDETSPP)"), refused.body());

        // a derogation without the decision's reference: refused by the domain, at that field, nothing renewed
        for (String reference : new String[] {"", ",\"derogationReference\":\"  \""}) {
            HttpResponse<String> unreferenced = COORDINATOR.post("/ancrage/api/measures/" + id + "/renewals",
                    "{\"version\":" + evaluatedAgain.getJsonNumber("version") + ",\"derogationGrantedBy\":\"DDETSPP\","
                            + "\"derogationGrantedOn\":\"2026-12-20\"" + reference + "}");
            assertEquals(422, unreferenced.statusCode(), unreferenced.body());
            JsonObject error = object(unreferenced);
            assertEquals("measure.derogation.referenceMissing", error.getString("error"));
            assertEquals(1, error.getJsonArray("fields").size(), unreferenced.body());
            assertEquals("derogationReference", error.getJsonArray("fields").getJsonObject(0).getString("field"));
            assertTrue(error.getJsonArray("fields").getJsonObject(0).getString("message")
                    .contains("référence de la décision"), unreferenced.body());
        }
        assertEquals(2, object(WORKER.get("/ancrage/api/measures/" + id)).getJsonArray("periods").size());

        HttpResponse<String> granted = COORDINATOR.post("/ancrage/api/measures/" + id + "/renewals", "{\"version\":"
                + evaluatedAgain.getJsonNumber("version") + ",\"derogationGrantedBy\":\"DDETSPP\","
                + "\"derogationGrantedOn\":\"2026-12-20\",\"derogationReference\":\"D-1\"}");
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals("DEROGATION", object(granted).getJsonArray("periods").getJsonObject(2).getString("kind"));
    }

    @Test
    void contactsRefuseBadValuesAndKeepWhatIsTypedAsTyped() throws Exception {
        long household = createHousehold("Api-Contact");
        JsonObject referral = object(COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":" + household
                + ",\"programmeId\":" + alsaId + ",\"orientingBody\":\"CCAPEX\",\"receivedOn\":\"2026-02-01\"}"));
        long measure = object(COORDINATOR.post("/ancrage/api/referrals/" + referral.getJsonNumber("id") + "/admission",
                "{\"version\":" + referral.getJsonNumber("version") + ",\"referentWorkerId\":" + workerId
                        + ",\"serviceUnitId\":" + serviceUnitId + ",\"start\":\"2026-02-02\"}"))
                .getJsonNumber("id").longValue();
        String path = "/ancrage/api/measures/" + measure + "/contacts";

        assertEquals(400, WORKER.post(path, "{\"occurredAt\":\"hier\",\"type\":\"HOME_VISIT\",\"workerId\":" + workerId
                + "}").statusCode());
        HttpResponse<String> tooLong = WORKER.post(path, "{\"occurredAt\":\"2026-02-10T10:00:00\",\"type\":\"HOME_VISIT\","
                + "\"workerId\":" + workerId + ",\"durationMinutes\":5000}");
        assertEquals(400, tooLong.statusCode());
        assertEquals("durationMinutes", object(tooLong).getJsonArray("fields").getJsonObject(0).getString("field"));

        String hostile = "<script>alert(1)</script>'; drop table contact; --";
        HttpResponse<String> logged = WORKER.post(path, "{\"occurredAt\":\"2026-02-10T10:00:00\",\"type\":\"HOME_VISIT\","
                + "\"workerId\":" + workerId + ",\"topics\":" + Json.createValue(hostile).toString() + "}");
        assertEquals(201, logged.statusCode(), logged.body());
        assertEquals(hostile, items(WORKER.get(path)).getJsonObject(0).getString("topics"));
        assertEquals(1, sqlLong("select count(*) from contact where measure_id = " + measure));
    }

    @Test
    void aHouseholdUpdateIsCheckedAndAStaleOneRefused() throws Exception {
        long household = createHousehold("Api-Update");
        long version = object(WORKER.get("/ancrage/api/households/" + household)).getJsonNumber("version").longValue();
        String path = "/ancrage/api/households/" + household;

        HttpResponse<String> bad = WORKER.put(path, "{\"version\":" + version + ",\"monthlyResources\":12.345}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("monthlyResources", object(bad).getJsonArray("fields").getJsonObject(0).getString("field"));

        HttpResponse<String> ok = WORKER.put(path, "{\"version\":" + version
                + ",\"mainResource\":\"RSA\",\"monthlyResources\":607.75,\"phone\":\"0612345678\"}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(409, WORKER.put(path, "{\"version\":" + version + ",\"phone\":\"0700000000\"}").statusCode());
        assertEquals(1, sqlLong("select count(*) from household where id = " + household
                + " and monthly_resources = 607.75 and phone = '0612345678'"), "the first change stays");
    }

    @Test
    void documentsAreCheckedByTheirContentAndKept() throws Exception {
        long household = createHousehold("Api-Docs");
        long referral = object(COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":" + household
                + ",\"programmeId\":" + alsaId + ",\"orientingBody\":\"SIAO\",\"receivedOn\":\"2026-03-01\"}"))
                .getJsonNumber("id").longValue();
        String path = "/ancrage/api/referrals/" + referral + "/documents";

        HttpResponse<String> pdf = COORDINATOR.postBytes(path + "?fileName=../fiche-SIAO.pdf",
                "%PDF-1.4\nfiche d'orientation".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, pdf.statusCode(), pdf.body());
        assertEquals("fiche-SIAO.pdf", object(pdf).getString("fileName"));

        HttpResponse<String> exe = COORDINATOR.postBytes(path + "?fileName=photo.pdf", new byte[] {'M', 'Z', 1, 2, 3});
        assertEquals(422, exe.statusCode(), exe.body());
        assertEquals("document.kindRefused", object(exe).getString("error"));
        assertEquals(422, COORDINATOR.postBytes(path + "?fileName=vide.pdf", new byte[0]).statusCode());

        assertEquals(1, items(WORKER.get(path)).size());
        assertEquals(1, sqlLong("select count(*) from document where referral_id = " + referral));
    }

    @Test
    void aFunderCannotOpenAHousehold() throws Exception {
        long household = createHousehold("Api-Secret");
        assertEquals(403, ApiClient.as("financeur", DemoData.PASSWORD).get("/ancrage/api/households/" + household)
                .statusCode());
        assertEquals(200, WORKER.get("/ancrage/api/households/" + household).statusCode());
    }
}
