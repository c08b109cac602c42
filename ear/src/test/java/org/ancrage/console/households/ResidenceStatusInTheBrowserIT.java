package org.ancrage.console.households;

import static org.ancrage.testing.CaseFiles.COORDINATOR;
import static org.ancrage.testing.CaseFiles.id;
import static org.ancrage.testing.CaseFiles.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Residence status in Chromium, on ALSA's IML (a programme that requires a valid status): a French
 * household is admitted with no permit; a third-country national with nothing recorded is refused,
 * then their expired permit and valid récépissé are entered in the file, and they are admitted.
 */
class ResidenceStatusInTheBrowserIT extends BrowserTest {

    private static final String ALSA = "IML en sous-location (ALSA)";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ResidenceStatusInTheBrowserIT.class);
    }

    @BeforeAll
    static void catalogue() throws Exception {
        assertEquals(200, ApiClient.as("administration", DemoData.PASSWORD)
                .post("/ancrage/api/programmes/templates", "").statusCode());
    }

    /** A household of the Nord service referred by the SIAO to ALSA's IML; its id. */
    private static long referred(String name, String nationality) throws Exception {
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long household = id(COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + (nationality == null ? "" : ",\"nationality\":\"" + nationality + "\"")
                + ",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Sami\",\"birthDate\":\"1988-06-30\","
                + "\"relationship\":\"HEAD\"}]}"));
        long programme = TestDatabase.count("select id from programme where code = 'ALSA-IML-SOUS-LOCATION'");
        id(COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":" + household + ",\"programmeId\":" + programme
                + ",\"orientingBody\":\"SIAO\",\"receivedOn\":\"2026-11-02\"}"));
        return household;
    }

    /** The coordinator admits the household's referral from the waiting list. */
    private void admit(String name) {
        visible(By.id("navReferrals")).click();
        choose("referrals:programme", ALSA);
        visible(By.xpath("//tr[contains(., '" + name.toUpperCase() + "')]//button[contains(@id, 'admit')]")).click();
        visible(By.id("admitDialog"));
        choose("admitForm:referent", "Thomas Travailleur social");
        browser.findElement(By.id("admitForm:save")).click();
    }

    @Test
    void aFrenchHouseholdIsAdmittedWithoutAnyPermit() throws Exception {
        String name = unique("Francais");
        long household = referred(name, "FRENCH");
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        admit(name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "la mesure est ouverte"));
        assertEquals(1, TestDatabase.count("select count(*) from measure where household_id = " + household));
    }

    @Test
    void aThirdCountryNationalIsRefusedThenAdmittedOnceTheirRecepisseIsEntered() throws Exception {
        String name = unique("Recepisse");
        long household = referred(name, "OTHER");
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        admit(name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admitForm:messages"),
                "aucun n’est renseigné"));
        screenshot("residence-refused");
        assertEquals(0, TestDatabase.count("select count(*) from measure where household_id = " + household));

        // The file: the permit expired, the récépissé of its renewal request is valid.
        open("app/files/household.xhtml?id=" + household);
        visible(By.id("file:tabs:changeStatus")).click();
        visible(By.id("statusDialog"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statusForm:nationality_label"), "Autre"));
        typeStably(By.id("statusForm:permitValidUntil_input"), "30/09/2026");
        typeStably(By.id("statusForm:receiptValidUntil_input"), "31/03/2027");
        press(By.id("statusForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "droit au séjour enregistrés"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:receiptValidUntil"), "31/03/2027"));
        screenshot("residence-recepisse");

        admit(name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "la mesure est ouverte"));
        assertEquals(1, TestDatabase.count("select count(*) from measure where household_id = " + household));
    }
}
