package org.ancrage.console.households;

import static org.ancrage.testing.CaseFiles.COORDINATOR;
import static org.ancrage.testing.CaseFiles.id;
import static org.ancrage.testing.CaseFiles.object;
import static org.ancrage.testing.CaseFiles.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Renewal by derogation in Chromium, on ALSA's IML (6 months, renewed once 6 months, a last 6 only
 * by the DDETSPP's derogation): the first renewal asks for nothing; the next one asks who granted
 * the derogation, when, and its reference, refuses at the field without them, and the file then
 * shows the derogation on its period with who recorded it.
 */
class RenewalByDerogationInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(RenewalByDerogationInTheBrowserIT.class);
    }

    @BeforeAll
    static void catalogue() throws Exception {
        assertEquals(200, ApiClient.as("administration", DemoData.PASSWORD)
                .post("/ancrage/api/programmes/templates", "").statusCode());
    }

    private static long measureOnAlsa(String name) throws Exception {
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long household = id(COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"nationality\":\"FRENCH\",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Léa\","
                + "\"birthDate\":\"1990-02-11\",\"relationship\":\"HEAD\"}]}"));
        long programme = TestDatabase.count("select id from programme where code = 'ALSA-IML-SOUS-LOCATION'");
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        JsonObject referral = object(COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":" + household
                + ",\"programmeId\":" + programme + ",\"orientingBody\":\"SIAO\",\"receivedOn\":\"2025-12-10\"}"));
        return id(COORDINATOR.post("/ancrage/api/referrals/" + referral.getJsonNumber("id") + "/admission",
                "{\"version\":" + referral.getJsonNumber("version") + ",\"referentWorkerId\":" + worker
                        + ",\"serviceUnitId\":" + nord + ",\"start\":\"2026-01-01\"}"));
    }

    /** The bilan of the current period, written through the API (the programme asks for it before renewing). */
    private static void bilan(long measure, String on) throws Exception {
        long version = object(COORDINATOR.get("/ancrage/api/measures/" + measure)).getJsonNumber("version").longValue();
        object(COORDINATOR.post("/ancrage/api/measures/" + measure + "/evaluations", "{\"version\":" + version
                + ",\"writtenOn\":\"" + on + "\",\"assessment\":\"Bilan de période\",\"proposedDecision\":\"RENEW\"}"));
    }

    private void openRenewal() {
        visible(tab("Mesures")).click();
        visible(By.cssSelector("button[id$='renew']")).click();
        visible(By.id("renewalDialog"));
    }

    @Test
    void theDerogationIsAskedExactlyWhenTheStepNeedsItAndShownOnItsPeriod() throws Exception {
        String name = unique("Derogation");
        long measure = measureOnAlsa(name);
        bilan(measure, "2026-06-10");
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        String file = "app/files/household.xhtml?id=" + TestDatabase.count("select household_id from measure where id = "
                + measure);
        open(file);

        // The first renewal is an ordinary one: no derogation asked.
        openRenewal();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalForm:stepText"), "6 mois"));
        assertTrue(browser.findElements(By.id("renewalForm:grantedOn_input")).isEmpty());
        press(By.id("renewalForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Mesure renouvelée"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("renewalDialog_modal")));
        bilan(measure, "2026-12-01");
        open(file); // the bilan was written elsewhere: the file read again

        // The next step needs the DDETSPP's derogation: asked for, refused at the fields without it.
        openRenewal();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalForm:derogationText"),
                "dérogation (DDETSPP)"));
        press(By.id("renewalForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//*[@id='renewalForm:grantedOn']/following-sibling::*[1]"), "obligatoire"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//*[@id='renewalForm:derogationReference']/following-sibling::*[1]"), "obligatoire"));
        assertEquals(2, TestDatabase.count("select count(*) from measure_period where measure_id = " + measure));
        screenshot("renewal-derogation-refused");

        typeStably(By.id("renewalForm:grantedBy"), "DDETSPP de la Meuse");
        typeStably(By.id("renewalForm:grantedOn_input"), "20/11/2026");
        typeStably(By.id("renewalForm:derogationReference"), "DER-2026-77");
        press(By.id("renewalForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Mesure renouvelée"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("renewalDialog_modal")));

        visible(tab("Mesures")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:measures"),
                "par dérogation de DDETSPP de la Meuse du 20/11/2026, réf. DER-2026-77, enregistrée par Thomas Travailleur social"));
        assertEquals(1, TestDatabase.count("select count(*) from measure_period where measure_id = " + measure
                + " and kind = 'DEROGATION' and derogation_recorded_by = 'travailleur'"
                + " and derogation_reference = 'DER-2026-77'"));
        screenshot("renewal-derogation-shown");
    }
}
