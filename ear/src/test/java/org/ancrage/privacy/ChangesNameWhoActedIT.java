package org.ancrage.privacy;

import static org.ancrage.testing.CaseFiles.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
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
 * The audit trail names who acted, as the change happened: the API user (never "system"), the
 * job and who started it; a renewal records its new period and derogation; a contact is logged
 * only in the caller's name or for a worker the caller coordinates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChangesNameWhoActedIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);
    private static final ApiClient WORKER = ApiClient.as("travailleur", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ChangesNameWhoActedIT.class);
    }

    private static long userId(String username) throws Exception {
        return TestDatabase.count("select id from user_account where username = '" + username + "'");
    }

    private static String who(String where) throws Exception {
        return TestDatabase.text("select string_agg(distinct username, ',') from audit_entry where " + where);
    }

    @Test
    void theTrailNamesTheApiUserWhoMadeEachChange() throws Exception {
        long measure = CaseFiles.householdWithMeasure(CaseFiles.unique("Trace-Api-"));
        long household = CaseFiles.householdOf(measure);
        assertEquals("coordinatrice", who("entity_type = 'Household' and entity_id = " + household
                + " and action = 'CREATE'"));
        assertEquals("coordinatrice", who("entity_type = 'Measure' and entity_id = " + measure));
        assertEquals("coordinatrice", who("entity_type = 'Referral' and household_id = " + household));
        assertEquals(0, TestDatabase.count("select count(*) from audit_entry where household_id = " + household
                + " and username = 'system'"), "no change of the file is anonymous");
    }

    /** A measure of the ALSA programme (third period by derogation only), admitted on 2026-01-05. */
    private static long alsaMeasure(String name) throws Exception {
        ADMIN.post("/ancrage/api/programmes/templates", "");
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long alsa = TestDatabase.count("select id from programme where code = 'ALSA-IML-SOUS-LOCATION'");
        long household = CaseFiles.id(COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"residenceStatusValidUntil\":\"2030-01-01\",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Ana\",\"birthDate\":\"1990-02-03\","
                + "\"relationship\":\"HEAD\"}]}"));
        JsonObject referral = object(COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":" + household
                + ",\"programmeId\":" + alsa + ",\"orientingBody\":\"SIAO\",\"receivedOn\":\"2026-01-02\"}"));
        return CaseFiles.id(COORDINATOR.post("/ancrage/api/referrals/" + referral.getJsonNumber("id") + "/admission",
                "{\"version\":" + referral.getJsonNumber("version") + ",\"referentWorkerId\":" + userId("travailleur")
                        + ",\"serviceUnitId\":" + nord + ",\"start\":\"2026-01-05\"}"));
    }

    private static JsonObject evaluated(long measure, long version, String on, String decision) throws Exception {
        return object(WORKER.post("/ancrage/api/measures/" + measure + "/evaluations", "{\"version\":" + version
                + ",\"writtenOn\":\"" + on + "\",\"assessment\":\"Bilan\",\"proposedDecision\":\"" + decision + "\"}"));
    }

    private static String periodLine(long household, int number) throws Exception {
        return TestDatabase.text("select changes from audit_entry where entity_type = 'Period' and action = 'CREATE'"
                + " and household_id = " + household + " and changes like '%\"number\":{\"after\":\"" + number + "\"}%'");
    }

    @Test
    void aRenewalRecordsItsNewPeriodAndItsDerogation() throws Exception {
        long measure = alsaMeasure(CaseFiles.unique("Trace-Renouv-"));
        long household = CaseFiles.householdOf(measure);
        JsonObject first = evaluated(measure, object(WORKER.get("/ancrage/api/measures/" + measure))
                .getJsonNumber("version").longValue(), "2026-06-15", "RENEW");
        JsonObject renewed = object(WORKER.post("/ancrage/api/measures/" + measure + "/renewals",
                "{\"version\":" + first.getJsonNumber("version") + "}"));
        JsonObject period = renewed.getJsonArray("periods").getJsonObject(1);
        String changes = periodLine(household, 2);
        assertTrue(changes != null && changes.contains("\"start\":{\"after\":\"" + period.getString("start") + "\"}")
                && changes.contains("\"end\":{\"after\":\"" + period.getString("end") + "\"}")
                && changes.contains("\"kind\":{\"after\":\"RENEWAL\"}"), changes);

        JsonObject second = evaluated(measure, renewed.getJsonNumber("version").longValue(), "2026-12-15",
                "RENEW_BY_DEROGATION");
        HttpResponse<String> granted = COORDINATOR.post("/ancrage/api/measures/" + measure + "/renewals", "{\"version\":"
                + second.getJsonNumber("version") + ",\"derogationGrantedBy\":\"DDETSPP\","
                + "\"derogationGrantedOn\":\"2026-12-20\",\"derogationReference\":\"DER-42\"}");
        assertEquals(200, granted.statusCode(), granted.body());
        String derogation = periodLine(household, 3);
        assertTrue(derogation != null && derogation.contains("\"kind\":{\"after\":\"DEROGATION\"}")
                && derogation.contains("\"derogation.reference\":{\"after\":\"DER-42\"}")
                && derogation.contains("\"derogation.grantedBy\":{\"after\":\"DDETSPP\"}")
                && derogation.contains("\"derogation.grantedOn\":{\"after\":\"2026-12-20\"}"), derogation);
        assertEquals("coordinatrice", who("entity_type = 'Period' and household_id = " + household
                + " and changes like '%\"number\":{\"after\":\"3\"}%'"));
        assertEquals("travailleur", who("entity_type = 'Period' and household_id = " + household
                + " and changes like '%\"number\":{\"after\":\"2\"}%'"));
    }

    private static String contact(long workerId) {
        return "{\"occurredAt\":\"2026-03-03T10:00:00\",\"type\":\"HOME_VISIT\",\"workerId\":" + workerId
                + ",\"durationMinutes\":30,\"topics\":\"Budget\"}";
    }

    @Test
    void aContactIsLoggedOnlyInTheCallersNameOrForAWorkerTheyCoordinate() throws Exception {
        long measure = CaseFiles.householdWithMeasure(CaseFiles.unique("Trace-Contact-"));
        HttpResponse<String> forACoordinator = WORKER.post("/ancrage/api/measures/" + measure + "/contacts",
                contact(userId("coordinatrice")));
        assertEquals(422, forACoordinator.statusCode(), forACoordinator.body());
        assertEquals("contact.worker.notYours", Json.createReader(new StringReader(forACoordinator.body())).readObject()
                .getString("error"));
        HttpResponse<String> forSud = COORDINATOR.post("/ancrage/api/measures/" + measure + "/contacts",
                contact(userId("travailleuse-sud")));
        assertEquals(422, forSud.statusCode(), "a coordinator speaks for the workers of her own service only");

        assertEquals(201, WORKER.post("/ancrage/api/measures/" + measure + "/contacts", contact(userId("travailleur")))
                .statusCode());
        assertEquals(201, COORDINATOR.post("/ancrage/api/measures/" + measure + "/contacts",
                contact(userId("travailleur"))).statusCode());
        assertEquals(2, TestDatabase.count("select count(*) from contact where measure_id = " + measure));
        assertEquals("coordinatrice,travailleur", who("entity_type = 'Contact' and household_id = "
                + CaseFiles.householdOf(measure)));
    }

    @Test
    void aJobsChangesNameTheJobAndWhoStartedIt() throws Exception {
        long measure = CaseFiles.householdWithMeasure(CaseFiles.unique("Trace-Job-"));
        long occupancy = CaseFiles.housed(measure, CaseFiles.unique("Job"), "SUB_LEASE");
        HttpResponse<String> started = ADMIN.post("/ancrage/api/jobs/rent-calls", "");
        assertEquals(202, started.statusCode(), started.body());
        long execution = object(started).getJsonNumber("id").longValue();
        String status = "";
        for (int i = 0; i < 480 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(500);
            status = object(ADMIN.get("/ancrage/api/jobs/executions/" + execution)).getString("status");
        }
        assertEquals("COMPLETED", status);
        assertEquals("job:rent-calls (started by administration)", who("entity_type = 'RentCall'"
                + " and entity_id in (select id from rent_call where occupancy_id = " + occupancy + ")"));
    }
}
