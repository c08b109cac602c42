package org.ancrage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * An incident about a dwelling only (no household) belongs to the dwelling's service: a worker of
 * another service can neither read it nor act on it, and each attempt is in the trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentsOfADwellingRespectNeedToKnowIT {

    private static final ApiClient MANAGER_NORD = ApiClient.as("gestion", DemoData.PASSWORD);
    private static final ApiClient WORKER_NORD = ApiClient.as("travailleur", DemoData.PASSWORD);
    private static final ApiClient WORKER_SUD = ApiClient.as("travailleuse-sud", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(IncidentsOfADwellingRespectNeedToKnowIT.class);
    }

    @Test
    void anotherServiceNeitherReadsNorActsOnANordDwellingsIncident() throws Exception {
        String name = CaseFiles.unique("Incident-Logement-");
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long landlord = CaseFiles.id(MANAGER_NORD.post("/ancrage/api/landlords",
                "{\"kind\":\"PRIVATE\",\"name\":\"SCI " + name + "\"}"));
        long dwelling = CaseFiles.id(MANAGER_NORD.post("/ancrage/api/dwellings", "{\"landlordId\":" + landlord
                + ",\"serviceUnitId\":" + nord + ",\"address\":\"5 rue " + name + "\",\"postcode\":\"55100\","
                + "\"city\":\"Verdun\",\"size\":\"T2\",\"surface\":40,\"floor\":0,\"rent\":380.00,\"charges\":30.00}"));
        long incident = CaseFiles.id(MANAGER_NORD.post("/ancrage/api/incidents", "{\"kind\":\"TECHNICAL_FAULT\","
                + "\"dwellingId\":" + dwelling + ",\"occurredOn\":\"2026-03-02\",\"description\":\"Fuite chez "
                + name + "\",\"parties\":[\"LANDLORD\"]}"));

        assertEquals(200, WORKER_NORD.get("/ancrage/api/incidents/" + incident).statusCode(), "its own service reads it");
        HttpResponse<String> read = WORKER_SUD.get("/ancrage/api/incidents/" + incident);
        assertEquals(403, read.statusCode(), read.body());
        HttpResponse<String> acted = WORKER_SUD.post("/ancrage/api/incidents/" + incident + "/actions",
                "{\"version\":0,\"takenOn\":\"2026-03-03\",\"party\":\"LANDLORD\",\"description\":\"Appel\"}");
        assertEquals(403, acted.statusCode(), acted.body());
        assertEquals(0, TestDatabase.count("select count(*) from mediation_action where incident_id = " + incident));
        assertEquals(2, TestDatabase.count("select count(*) from audit_entry where action = 'REFUSED'"
                + " and entity_type = 'Incident' and entity_id = " + incident + " and username = 'travailleuse-sud'"));
    }
}
