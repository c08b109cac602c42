package org.ancrage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A confidential note's text never reaches the trail, its search or its CSV export (the trail says
 * that it changed), nor a director's subject access; the administrator releases it to the person
 * only when asked to, and the choice is in the trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConfidentialNotesNeverLeakIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient WORKER = ApiClient.as("travailleur", DemoData.PASSWORD);
    private static final ApiClient DIRECTOR = ApiClient.as("direction", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ConfidentialNotesNeverLeakIT.class);
    }

    private static final String NOTE = "Addiction évoquée, suivi CSAPA";

    private long householdWithANote() throws Exception {
        long measure = CaseFiles.householdWithMeasure(CaseFiles.unique("Note-"));
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        assertEquals(201, WORKER.post("/ancrage/api/measures/" + measure + "/contacts", "{\"occurredAt\":"
                + "\"2026-03-04T09:30:00\",\"type\":\"HOME_VISIT\",\"workerId\":" + worker + ",\"durationMinutes\":45,"
                + "\"topics\":\"Santé\",\"confidentialNote\":\"" + NOTE + "\"}").statusCode());
        return CaseFiles.householdOf(measure);
    }

    @Test
    void theTrailItsSearchAndItsExportSayOnlyThatTheNoteChanged() throws Exception {
        long household = householdWithANote();
        assertEquals(0, TestDatabase.count("select count(*) from audit_entry where changes like '%Addiction%'"));
        assertTrue(TestDatabase.text("select changes from audit_entry where entity_type = 'Contact'"
                + " and household_id = " + household).contains("\"confidentialNote\":\"(changed)\""));
        HttpResponse<String> search = ADMIN.get("/ancrage/api/audit?householdId=" + household);
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("(changed)") && !search.body().contains("Addiction"), search.body());
        HttpResponse<byte[]> csv = ADMIN.download("/ancrage/api/audit/export?householdId=" + household, "text/csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("(changed)") && !text.contains("Addiction"), text);
    }

    @Test
    void aDirectorsSubjectAccessHoldsNoNoteAndThePersonGetsItOnlyIfTheAssociationSaysSo() throws Exception {
        long household = householdWithANote();
        HttpResponse<String> byDirector = DIRECTOR.get("/ancrage/api/households/" + household + "/subject-access");
        assertEquals(200, byDirector.statusCode(), byDirector.body());
        assertFalse(byDirector.body().contains("Addiction"), byDirector.body());
        JsonObject contact = CaseFiles.object(byDirector).getJsonArray("contacts").getJsonObject(0);
        assertTrue(contact.getBoolean("confidential_note_withheld"), contact.toString());
        HttpResponse<String> directorAsks = DIRECTOR.get("/ancrage/api/households/" + household
                + "/subject-access?includeConfidentialNotes=true");
        assertFalse(directorAsks.body().contains("Addiction"), "a director never gets them: " + directorAsks.body());

        HttpResponse<String> byDefault = ADMIN.get("/ancrage/api/households/" + household + "/subject-access");
        assertEquals(200, byDefault.statusCode(), byDefault.body());
        assertFalse(byDefault.body().contains("Addiction"), "withheld unless the association decides otherwise");
        HttpResponse<String> released = ADMIN.get("/ancrage/api/households/" + household
                + "/subject-access?includeConfidentialNotes=true");
        assertTrue(released.body().contains(NOTE), released.body());
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                + " and entity_type = 'SubjectAccess' and household_id = " + household
                + " and username = 'administration' and changes = '{\"confidentialNotes\":\"included\"}'"));
        assertEquals(3, TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                + " and entity_type = 'SubjectAccess' and household_id = " + household
                + " and changes = '{\"confidentialNotes\":\"withheld\"}'"));
    }
}
