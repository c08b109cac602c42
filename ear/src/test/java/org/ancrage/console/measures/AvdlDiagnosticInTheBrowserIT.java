package org.ancrage.console.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * APAR's AVDL diagnostic requested by a DALO commission (issue 15): the file says when the report is
 * due; the bilan offers the decisions of a diagnostic ("diagnostic remis", "accompagnement
 * proposé", "sans suite"), not a renewal; once written, the due date is gone.
 */
class AvdlDiagnosticInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AvdlDiagnosticInTheBrowserIT.class);
    }

    @Test
    void aDiagnosticForTheDaloCommissionIsDueThenDelivered() throws Exception {
        assertEquals(200, ApiClient.as("administration", DemoData.PASSWORD)
                .post("/ancrage/api/programmes/templates", "").statusCode());
        long programme = TestDatabase.count("select id from programme where code = 'APAR-AVDL-DIAGNOSTIC'");
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        long household = CaseFiles.id(CaseFiles.COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"members\":[{\"lastName\":\"" + CaseFiles.unique("Dalo") + "\",\"firstName\":\"Nora\","
                + "\"birthDate\":\"1984-06-01\",\"relationship\":\"HEAD\"}]}"));
        LocalDate start = LocalDate.now().minusDays(10);
        JsonObject referral = CaseFiles.object(CaseFiles.COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":"
                + household + ",\"programmeId\":" + programme + ",\"orientingBody\":\"DALO_COMMISSION\","
                + "\"receivedOn\":\"" + start.minusDays(5) + "\"}"));
        assertEquals(200, CaseFiles.COORDINATOR.post("/ancrage/api/referrals/" + referral.getJsonNumber("id")
                + "/admission", "{\"version\":" + referral.getJsonNumber("version") + ",\"referentWorkerId\":" + worker
                + ",\"serviceUnitId\":" + nord + ",\"start\":\"" + start + "\"}").statusCode());
        String due = start.plusDays(60).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        openTab("Contacts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:contactsTab"),
                "Rapport de diagnostic (Diagnostic AVDL (APAR)) à remettre le " + due));

        openTab("Mesures");
        visible(By.cssSelector("button[id$='evaluate']")).click();
        visible(By.id("evaluationForm:decision")).click();
        String offered = visible(By.id("evaluationForm:decision_panel")).getText();
        assertTrue(offered.contains("Diagnostic remis") && offered.contains("Accompagnement proposé")
                && offered.contains("Sans suite"), offered);
        assertFalse(offered.contains("Renouvellement"), offered);
        visible(By.xpath("//*[@id='evaluationForm:decision_panel']//li[normalize-space(.)='Diagnostic remis']")).click();
        typeStably(By.id("evaluationForm:assessment"), "Diagnostic remis à la commission DALO : relogement social.");
        screenshot("avdl-diagnostic-bilan");
        press(By.id("evaluationForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Bilan enregistré"));
        assertEquals("DIAGNOSTIC_DELIVERED", TestDatabase.text("select proposed_decision from evaluation e join measure m"
                + " on m.id = e.measure_id where m.household_id = " + household));

        openTab("Contacts");
        assertFalse(visible(By.id("file:tabs:contactsTab")).getText().contains("Rapport de diagnostic"));
    }
}
