package org.ancrage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
 * A Sud worker creating a person Nord already follows learns only that a likely duplicate exists,
 * and in which service — nothing of the person — and the disclosure is in the trail; within one's
 * own service the hint stays in full.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuplicateHintAcrossServicesIT {

    private static final ApiClient COORDINATOR_NORD = ApiClient.as("coordinatrice", DemoData.PASSWORD);
    private static final ApiClient WORKER_SUD = ApiClient.as("travailleuse-sud", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(DuplicateHintAcrossServicesIT.class);
    }

    private static String household(long service, String lastName, String firstName) {
        return "{\"serviceUnitId\":" + service + ",\"residenceStatusValidUntil\":\"2031-05-06\",\"members\":[{\"lastName\":\""
                + lastName + "\",\"firstName\":\"" + firstName + "\",\"birthDate\":\"1979-11-23\",\"relationship\":\"HEAD\"}]}";
    }

    @Test
    void aSudWorkerCreatingNordsPersonLearnsOnlyThatItExistsInNord() throws Exception {
        String name = CaseFiles.unique("Doublon-");
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long sud = TestDatabase.count("select id from service_unit where code = 'SUD'");
        long nordHousehold = CaseFiles.id(COORDINATOR_NORD.post("/ancrage/api/households",
                household(nord, name, "Clémentine")));

        HttpResponse<String> created = WORKER_SUD.post("/ancrage/api/households", household(sud, name, "C."));
        JsonObject body = CaseFiles.object(created);
        assertEquals(0, body.getJsonArray("likelyDuplicates").size(), created.body());
        JsonArray elsewhere = body.getJsonArray("likelyDuplicatesElsewhere");
        assertEquals(1, elsewhere.size(), created.body());
        assertEquals(Set.of("serviceCode", "serviceName"), elsewhere.getJsonObject(0).keySet());
        assertEquals("NORD", elsewhere.getJsonObject(0).getString("serviceCode"));
        assertFalse(created.body().contains("Clémentine"), "nothing of Nord's person: " + created.body());
        assertFalse(created.body().contains("2031-05-06\",\"members\"") && created.body().contains("\"id\":" + nordHousehold
                + ","), created.body());
        assertFalse(created.body().contains("\"id\":" + nordHousehold + ","), "not even its id: " + created.body());

        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where entity_type = 'LikelyDuplicate'"
                + " and household_id = " + nordHousehold + " and username = 'travailleuse-sud'"
                + " and changes like '%exists in service NORD%'"), "the disclosure is in the trail");

        HttpResponse<String> again = COORDINATOR_NORD.post("/ancrage/api/households", household(nord, name, "Clem"));
        JsonArray within = CaseFiles.object(again).getJsonArray("likelyDuplicates");
        assertTrue(within.stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == nordHousehold),
                "within its own service the hint stays in full: " + again.body());
    }
}
