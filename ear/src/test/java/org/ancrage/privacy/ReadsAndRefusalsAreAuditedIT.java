package org.ancrage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Reading a measure, its contacts, an incident, a rent account, a referral's documents, and
 * searching people are in the trail, as file openings are; a call refused for want of a role is
 * in the trail as need to know's refusals are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadsAndRefusalsAreAuditedIT {

    private static final ApiClient WORKER = ApiClient.as("travailleur", DemoData.PASSWORD);
    private static final ApiClient FUNDER = ApiClient.as("financeur", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ReadsAndRefusalsAreAuditedIT.class);
    }

    private static long reads(String who, String entityType, String where) throws Exception {
        return TestDatabase.count("select count(*) from audit_entry where action = 'READ' and username = '" + who
                + "' and entity_type = '" + entityType + "'" + (where.isEmpty() ? "" : " and " + where));
    }

    @Test
    void readingAFilesPartsAndSearchingPeopleAreRecorded() throws Exception {
        String name = CaseFiles.unique("Lecture-");
        long measure = CaseFiles.householdWithMeasure(name);
        long household = CaseFiles.householdOf(measure);
        long occupancy = CaseFiles.housed(measure, name, "SUB_LEASE");
        long incident = CaseFiles.id(CaseFiles.MANAGER.post("/ancrage/api/incidents", "{\"kind\":\"NEIGHBOUR_DISTURBANCE\","
                + "\"householdId\":" + household + ",\"occurredOn\":\"2026-03-02\",\"description\":\"Bruit\","
                + "\"parties\":[\"NEIGHBOURS\"]}"));
        long referral = TestDatabase.count("select id from referral where household_id = " + household);

        assertEquals(200, WORKER.get("/ancrage/api/measures/" + measure).statusCode());
        assertEquals(200, WORKER.get("/ancrage/api/measures/" + measure + "/contacts").statusCode());
        assertEquals(200, WORKER.get("/ancrage/api/incidents/" + incident).statusCode());
        assertEquals(200, WORKER.get("/ancrage/api/rent/occupancies/" + occupancy + "/account").statusCode());
        assertEquals(200, WORKER.get("/ancrage/api/referrals/" + referral + "/documents").statusCode());
        assertEquals(200, WORKER.get("/ancrage/api/households?name=" + name).statusCode());

        String ofTheHousehold = "household_id = " + household;
        assertTrue(reads("travailleur", "Measure", ofTheHousehold + " and entity_id = " + measure) >= 1);
        assertEquals(1, reads("travailleur", "MeasureContacts", ofTheHousehold + " and entity_id = " + measure));
        assertEquals(1, reads("travailleur", "Incident", ofTheHousehold + " and entity_id = " + incident));
        assertEquals(1, reads("travailleur", "RentAccount", ofTheHousehold + " and entity_id = " + occupancy));
        assertEquals(1, reads("travailleur", "ReferralDocuments", "entity_id = " + referral));
        assertTrue(reads("travailleur", "HouseholdSearch", "changes = '{\"rows\":1}'") >= 1);
    }

    @Test
    void aCallRefusedForWantOfARoleIsRecorded() throws Exception {
        long before = TestDatabase.count("select count(*) from audit_entry where action = 'REFUSED'"
                + " and username = 'financeur' and entity_type = 'RoleRequired'"
                + " and changes like '%GET /api/households%'");
        HttpResponse<String> refused = FUNDER.get("/ancrage/api/households?name=dupont");
        assertEquals(403, refused.statusCode(), refused.body());
        HttpResponse<String> job = WORKER.post("/ancrage/api/jobs/retention", "");
        assertEquals(403, job.statusCode(), job.body());
        assertEquals(before + 1, TestDatabase.count("select count(*) from audit_entry where action = 'REFUSED'"
                + " and username = 'financeur' and entity_type = 'RoleRequired'"
                + " and changes like '%GET /api/households%'"));
        assertTrue(TestDatabase.count("select count(*) from audit_entry where action = 'REFUSED'"
                + " and username = 'travailleur' and entity_type = 'RoleRequired'"
                + " and changes like '%POST /api/jobs/retention%'") >= 1);
    }
}
