package org.ancrage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Need to know, through the API as a crafted call would try it: a worker of the Sud service
 * cannot reach a Nord household's file, measure or contacts, does not find it by searching, and
 * each attempt is in the audit trail; a funder never sees a file; confidential notes stay with the
 * workers of the household's service.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NeedToKnowIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient COORDINATOR_NORD = ApiClient.as("coordinatrice", DemoData.PASSWORD);
    private static final ApiClient WORKER_NORD = ApiClient.as("travailleur", DemoData.PASSWORD);
    private static final ApiClient WORKER_SUD = ApiClient.as("travailleuse-sud", DemoData.PASSWORD);
    private static final ApiClient DIRECTOR = ApiClient.as("direction", DemoData.PASSWORD);
    private static final ApiClient FUNDER = ApiClient.as("financeur", DemoData.PASSWORD);
    private static final ApiClient MANAGER_NORD = ApiClient.as("gestion", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(NeedToKnowIT.class);
    }

    private long nord;
    private long workerId;
    private long household;
    /** A name of this test's own: the test database is shared by every test of the run. */
    private final String name = "Besoin-Savoir-" + Long.toString(System.nanoTime(), 36);
    private long measure;

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** The items of a page, the shape every search answers. */
    private static JsonArray items(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject().getJsonArray("items");
    }

    @BeforeEach
    void aNordHouseholdFollowedWithAConfidentialNote() throws Exception {
        assertEquals(200, ADMIN.post("/ancrage/api/programmes/templates", "").statusCode());
        long alsa = items(WORKER_NORD.get("/ancrage/api/programmes?size=100")).stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("code").equals("ALSA-IML-SOUS-LOCATION")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        workerId = TestDatabase.count("select id from user_account where username = 'travailleur'");
        HttpResponse<String> created = COORDINATOR_NORD.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"residenceStatusValidUntil\":\"2030-01-01\",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Nadia\",\"birthDate\":\"1979-04-02\","
                + "\"sex\":\"F\",\"relationship\":\"HEAD\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        household = object(created).getJsonObject("household").getJsonNumber("id").longValue();
        JsonObject referral = object(COORDINATOR_NORD.post("/ancrage/api/referrals", "{\"householdId\":" + household
                + ",\"programmeId\":" + alsa + ",\"orientingBody\":\"SIAO\",\"receivedOn\":\"2026-02-02\"}"));
        HttpResponse<String> admitted = COORDINATOR_NORD.post("/ancrage/api/referrals/" + referral.getJsonNumber("id")
                + "/admission", "{\"version\":" + referral.getJsonNumber("version") + ",\"referentWorkerId\":"
                + workerId + ",\"serviceUnitId\":" + nord + ",\"start\":\"2026-02-09\"}");
        assertEquals(200, admitted.statusCode(), admitted.body());
        measure = object(admitted).getJsonNumber("id").longValue();
        HttpResponse<String> contact = WORKER_NORD.post("/ancrage/api/measures/" + measure + "/contacts",
                "{\"occurredAt\":\"2026-02-20T10:00:00\",\"type\":\"HOME_VISIT\",\"workerId\":" + workerId
                        + ",\"durationMinutes\":45,\"topics\":\"Budget\",\"confidentialNote\":\"Suivi psychiatrique\"}");
        assertEquals(201, contact.statusCode(), contact.body());
    }

    @Test
    void anotherServicesWorkerIsRefusedTheFileAndTheAttemptIsAudited() throws Exception {
        long before = refusals("travailleuse-sud");
        HttpResponse<String> file = WORKER_SUD.get("/ancrage/api/households/" + household);
        assertEquals(403, file.statusCode(), file.body());
        assertEquals("forbidden", object(file).getString("error"));
        assertTrue(object(file).getString("message").contains("autre service"), file.body());
        assertEquals(403, WORKER_SUD.get("/ancrage/api/measures/" + measure).statusCode());
        assertEquals(403, WORKER_SUD.get("/ancrage/api/measures/" + measure + "/contacts").statusCode());
        assertEquals(before + 3, refusals("travailleuse-sud"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where username = 'travailleuse-sud'"
                + " and action = 'REFUSED' and entity_type = 'Household' and entity_id = " + household));

        HttpResponse<String> change = WORKER_SUD.post("/ancrage/api/measures/" + measure + "/contacts",
                "{\"occurredAt\":\"2026-02-21T10:00:00\",\"type\":\"PHONE_CALL\",\"workerId\":" + workerId + "}");
        assertEquals(403, change.statusCode(), change.body());
        assertEquals(1, TestDatabase.count("select count(*) from contact where measure_id = " + measure));
    }

    @Test
    void searchingFindsOnlyTheHouseholdsOfOnesOwnService() throws Exception {
        assertEquals(0, items(WORKER_SUD.get("/ancrage/api/households?name=" + name)).size());
        assertEquals(1, items(WORKER_NORD.get("/ancrage/api/households?name=" + name)).size());
        assertTrue(items(DIRECTOR.get("/ancrage/api/households?name=" + name)).size() >= 1);
    }

    @Test
    void aRentalManagersListsHoldTheirServicesHouseholds() throws Exception {
        long diallo = TestDatabase.count("select household_id from person where last_name = 'Diallo'");
        HttpResponse<String> arrears = MANAGER_NORD.get("/ancrage/api/rent/arrears?size=100");
        assertEquals(200, arrears.statusCode(), arrears.body());
        assertTrue(items(arrears).stream().anyMatch(a -> a.asJsonObject().getJsonNumber("householdId").longValue()
                == diallo), arrears.body());
        HttpResponse<String> incidents = MANAGER_NORD.get("/ancrage/api/incidents");
        assertEquals(200, incidents.statusCode(), incidents.body());
    }

    @Test
    void aWorkerCannotCreateAHouseholdInAnotherService() throws Exception {
        HttpResponse<String> created = WORKER_SUD.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"members\":[{\"lastName\":\"Ailleurs\",\"firstName\":\"Ali\",\"relationship\":\"HEAD\"}]}");
        assertEquals(403, created.statusCode(), created.body());
        assertEquals(0, TestDatabase.count("select count(*) from person where last_name = 'Ailleurs'"));
    }

    @Test
    void aFunderNeverSeesAFileAndADirectorSeesItWithoutTheConfidentialNote() throws Exception {
        assertEquals(403, FUNDER.get("/ancrage/api/households/" + household).statusCode());
        assertEquals(403, FUNDER.get("/ancrage/api/households?name=besoin").statusCode());

        assertEquals(200, DIRECTOR.get("/ancrage/api/households/" + household).statusCode());
        JsonObject seenByDirector = items(DIRECTOR.get("/ancrage/api/measures/" + measure + "/contacts"))
                .getJsonObject(0);
        assertFalse(seenByDirector.containsKey("confidentialNote"), seenByDirector.toString());
        assertTrue(seenByDirector.getBoolean("confidentialNoteWithheld"));

        JsonObject seenByReferent = items(WORKER_NORD.get("/ancrage/api/measures/" + measure + "/contacts"))
                .getJsonObject(0);
        assertEquals("Suivi psychiatrique", seenByReferent.getString("confidentialNote"));
        assertFalse(seenByReferent.getBoolean("confidentialNoteWithheld"));
        // Withholding the note on the way out never erased it.
        assertEquals(1, TestDatabase.count("select count(*) from contact where measure_id = " + measure
                + " and confidential_note = 'Suivi psychiatrique'"));
    }

    private static long refusals(String username) throws Exception {
        return TestDatabase.count("select count(*) from audit_entry where action = 'REFUSED' and username = '"
                + username + "'");
    }
}
