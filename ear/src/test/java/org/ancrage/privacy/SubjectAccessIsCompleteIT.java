package org.ancrage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Subject access is answered by the administrator (the association's data-protection contact)
 * for any service, and holds everything: repayment instalments, the documents (name, date, hash),
 * the values the trail kept, and incidents about a dwelling that name the person.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubjectAccessIsCompleteIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient WORKER_SUD = ApiClient.as("travailleuse-sud", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(SubjectAccessIsCompleteIT.class);
    }

    @Test
    void theDataProtectionContactAnswersForAnyService() throws Exception {
        long sud = TestDatabase.count("select id from service_unit where code = 'SUD'");
        long household = CaseFiles.id(WORKER_SUD.post("/ancrage/api/households", "{\"serviceUnitId\":" + sud
                + ",\"members\":[{\"lastName\":\"" + CaseFiles.unique("Sud-Acces-") + "\",\"firstName\":\"Lou\","
                + "\"birthDate\":\"1988-08-08\",\"relationship\":\"HEAD\"}]}"));
        HttpResponse<String> answered = ADMIN.get("/ancrage/api/households/" + household + "/subject-access");
        assertEquals(200, answered.statusCode(), answered.body());
    }

    @Test
    void itHoldsInstalmentsDocumentsTheTrailsValuesAndIncidentsNamingThePerson() throws Exception {
        String name = CaseFiles.unique("Complet-");
        long measure = CaseFiles.householdWithMeasure(name);
        long household = CaseFiles.householdOf(measure);
        long occupancy = CaseFiles.housed(measure, name, "SUB_LEASE");
        HttpResponse<String> call = CaseFiles.MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy + "/calls",
                "{\"month\":\"2026-03\"}");
        assertEquals(2, call.statusCode() / 100, call.body());
        HttpResponse<String> plan = CaseFiles.MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy
                + "/repayment-plans", "{\"agreedOn\":\"2026-04-10\",\"debt\":300.00,\"monthlyInstalments\":3,"
                + "\"firstDue\":\"2026-05-05\"}");
        assertEquals(2, plan.statusCode() / 100, plan.body());
        long referral = TestDatabase.count("select id from referral where household_id = " + household);
        assertEquals(201, CaseFiles.COORDINATOR.postBytes("/ancrage/api/referrals/" + referral
                + "/documents?fileName=avis-imposition.pdf", "%PDF-1.4\navis".getBytes(StandardCharsets.UTF_8))
                .statusCode());
        long dwelling = TestDatabase.count("select dwelling_id from occupancy where id = " + occupancy);
        long incident = CaseFiles.id(CaseFiles.MANAGER.post("/ancrage/api/incidents", "{\"kind\":\"NEIGHBOUR_DISTURBANCE\","
                + "\"dwellingId\":" + dwelling + ",\"occurredOn\":\"2025-12-01\",\"description\":\"Plainte visant M. "
                + name + " avant son entrée\",\"parties\":[\"NEIGHBOURS\"]}"));

        JsonObject export = CaseFiles.object(ADMIN.get("/ancrage/api/households/" + household + "/subject-access"));
        assertEquals(3, export.getJsonArray("repaymentInstalments").size(), export.toString());
        JsonObject document = export.getJsonArray("documents").getJsonObject(0);
        assertEquals("avis-imposition.pdf", document.getString("file_name"));
        assertEquals(64, document.getString("sha256").length());
        assertTrue(document.containsKey("added_at"));
        JsonArray incidents = export.getJsonArray("incidents");
        assertTrue(incidents.stream().anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == incident),
                "an incident about the dwelling only, naming the person: " + incidents);
        assertTrue(export.getJsonArray("accessLog").stream().anyMatch(e -> e.asJsonObject().containsKey("changes")
                && e.asJsonObject().get("changes").toString().contains("SIAO")),
                "the values the trail kept about the household are part of it");
    }
}
