package org.ancrage.console.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A dwelling's file in a real Chromium: the rental manager reads and edits it (a stale edit and a
 * bad postcode refused where they were typed), signs a lease and ends it after confirming; the
 * demo dwelling shows who lives there; a social worker of another service is kept out.
 */
class DwellingFileInTheBrowserIT extends BrowserTest {

    private static final ApiClient MANAGER = ApiClient.as("gestion", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(DwellingFileInTheBrowserIT.class);
    }

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String dwellingJson(String address, String rent) throws Exception {
        long landlordId = TestDatabase.count("select min(id) from landlord where name = 'SCI Les Tilleuls'");
        long serviceUnitId = TestDatabase.count("select id from service_unit where code = 'NORD'");
        return "{\"landlordId\":" + landlordId + ",\"serviceUnitId\":" + serviceUnitId + ",\"address\":\"" + address
                + "\",\"postcode\":\"55100\",\"city\":\"Verdun\",\"size\":\"T2\",\"surface\":48.5,\"floor\":2,"
                + "\"lift\":true,\"rent\":" + rent + ",\"charges\":55.00,\"places\":1}";
    }

    /** A dwelling of the Nord service of this test's own, so that demo dwellings stay as other tests expect. */
    private static long newDwelling(String address) throws Exception {
        HttpResponse<String> created = MANAGER.post("/ancrage/api/dwellings", dwellingJson(address, "410.00"));
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    private void openAsManager(long dwellingId) {
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/dwelling.xhtml?id=" + dwellingId);
    }

    private static String column(String column, long dwellingId) throws Exception {
        return TestDatabase.text("select " + column + " from dwelling where id = " + dwellingId);
    }

    @Test
    void aRentalManagerReadsTheDwellingAndEditsIt() throws Exception {
        String address = "17 rue des Essais " + System.nanoTime();
        long id = newDwelling(address);
        openAsManager(id);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileTitle"), address));
        assertTrue(visible(By.id("file:tabs:address")).getText().contains("55100 Verdun"));
        assertEquals("SCI Les Tilleuls", browser.findElement(By.id("file:tabs:landlord")).getText());
        assertEquals("T2", browser.findElement(By.id("file:tabs:size")).getText());
        assertEquals("2", browser.findElement(By.id("file:tabs:floor")).getText());
        assertEquals("Oui", browser.findElement(By.id("file:tabs:lift")).getText());
        assertTrue(browser.findElement(By.id("file:tabs:rent")).getText().contains("410,00"));
        assertEquals("Disponible", browser.findElement(By.id("file:tabs:state")).getText());
        screenshot("dwelling-file");

        // A postcode of four digits and a letter is refused at its field; nothing is written.
        press(By.id("file:tabs:edit"));
        typeStably(By.id("dwellingForm:postcode"), "55A00");
        press(By.id("dwellingForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dwellingForm"), "5 chiffres"));
        assertTrue(browser.findElement(By.cssSelector("#dwellingForm .ui-message-error")).getText()
                .contains("5 chiffres"));
        assertTrue(browser.findElement(By.id("dwellingDialog")).isDisplayed(), "the dialog stays open");
        assertEquals("55100", column("postcode", id));

        String moved = "19 rue des Essais " + System.nanoTime();
        typeStably(By.id("dwellingForm:postcode"), "55000");
        typeStably(By.id("dwellingForm:editAddress"), moved);
        press(By.id("dwellingForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dwellingDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileTitle"), moved));
        assertEquals(moved, column("address", id));
        assertEquals("55000", column("postcode", id));
        assertTrue(visible(By.id("file:tabs:address")).getText().contains("55000 Verdun"));
    }

    @Test
    void anEditOnAStaleVersionIsRefusedAndOverwritesNothing() throws Exception {
        String address = "23 rue des Essais " + System.nanoTime();
        long id = newDwelling(address);
        openAsManager(id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileTitle"), address));

        // Meanwhile someone else changes the rent through the API.
        long version = object(MANAGER.get("/ancrage/api/dwellings/" + id)).getJsonNumber("version").longValue();
        HttpResponse<String> other = MANAGER.put("/ancrage/api/dwellings/" + id,
                dwellingJson(address, "455.00").replace("{", "{\"version\":" + version + ","));
        assertEquals(200, other.statusCode(), other.body());

        press(By.id("file:tabs:edit"));
        String typed = "25 rue des Essais " + System.nanoTime();
        typeStably(By.id("dwellingForm:editAddress"), typed);
        press(By.id("dwellingForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dwellingForm:messages"),
                "modifié par quelqu’un d’autre"));
        assertTrue(browser.findElement(By.id("dwellingDialog")).isDisplayed(), "the dialog stays open");
        assertEquals(typed, browser.findElement(By.id("dwellingForm:editAddress")).getAttribute("value"),
                "what was typed is kept");
        screenshot("dwelling-conflict");
        assertEquals(address, column("address", id));
        assertEquals("455.00", column("rent", id));
    }

    @Test
    void aLeaseIsSignedAnOverlapRefusedAndTheLeaseEndedAfterConfirmation() throws Exception {
        String address = "29 rue des Essais " + System.nanoTime();
        long id = newDwelling(address);
        openAsManager(id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileTitle"), address));
        browser.findElement(tab("Bail et mandat")).click();

        press(By.id("file:tabs:sign"));
        typeStably(By.id("contractForm:guaranteeReference"), "VISALE-ESSAI");
        press(By.id("contractForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contractDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:contracts"), "VISALE-ESSAI"));
        assertTrue(browser.findElement(By.id("file:tabs:contracts")).getText().contains("Bail principal"));
        assertEquals(1, TestDatabase.count("select count(*) from housing_contract where dwelling_id = " + id
                + " and ended_by is null and guarantee_reference = 'VISALE-ESSAI'"));

        // A second contract on the same dates: the service's refusal, in French, in the dialog.
        press(By.id("file:tabs:sign"));
        typeStably(By.id("contractForm:guaranteeReference"), "SECOND");
        press(By.id("contractForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractForm:messages"),
                "déjà couvert par un bail ou un mandat"));
        assertTrue(browser.findElement(By.id("contractDialog")).isDisplayed());
        assertEquals(1, TestDatabase.count("select count(*) from housing_contract where dwelling_id = " + id));
        browser.findElement(By.id("contractForm:guaranteeReference")).sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contractDialog")));

        // "No" leaves the contract as it is; "Yes" ends it on the date shown.
        press(By.cssSelector("button[id$='endContract']"));
        assertTrue(visible(By.id("endQuestion")).getText().contains("Mettre fin à ce contrat"));
        press(By.id("endForm:no"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("endDialog")));
        assertEquals(0, TestDatabase.count("select count(*) from housing_contract where dwelling_id = " + id
                + " and ended_by is not null"), "nothing ends without the confirmation");
        press(By.cssSelector("button[id$='endContract']"));
        visible(By.id("endQuestion"));
        screenshot("dwelling-contract-end-confirm");
        press(By.id("endForm:yes"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("endDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:contracts"), "préavis"));
        assertEquals(1, TestDatabase.count("select count(*) from housing_contract where dwelling_id = " + id
                + " and ended_by = 'NOTICE' and end_date = current_date"));
        assertTrue(browser.findElements(By.cssSelector("button[id$='endContract']")).isEmpty());
    }

    @Test
    void theDemoDwellingShowsItsHouseholdAndIncident() throws Exception {
        long id = TestDatabase.count("select min(id) from dwelling where address = '8 rue du Bourg'");
        openAsManager(id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileTitle"), "8 rue du Bourg"));
        assertEquals("OPH de la Meuse", visible(By.id("file:tabs:landlord")).getText());
        browser.findElement(tab("Occupations")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:occupancies"), "DIALLO"));
        assertTrue(browser.findElement(By.id("file:tabs:occupancies")).getText().contains("Sous-location"));
        browser.findElement(tab("Incidents")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:incidents"), "Fuite"));
        browser.findElement(tab("Occupations")).click();
        press(By.cssSelector("#file\\:tabs\\:occupancies a[id$='household']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileTitle"), "DIALLO"));
        assertTrue(browser.getCurrentUrl().contains("household.xhtml?id="));
    }

    @Test
    void aSocialWorkerOfTheSudServiceIsRefusedANordDwelling() throws Exception {
        long id = TestDatabase.count("select min(id) from dwelling where address = '8 rue du Bourg'");
        String refusals = "select count(*) from audit_entry where action = 'REFUSED' and username = 'travailleuse-sud'"
                + " and entity_type = 'Dwelling' and entity_id = " + id;
        long before = TestDatabase.count(refusals);
        logIn("travailleuse-sud", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/dwelling.xhtml?id=" + id);
        assertEquals("Cette page ne peut pas être affichée", visible(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains("8 rue du Bourg"));
        assertFalse(browser.getPageSource().contains("DIALLO"));
        assertTrue(browser.findElements(By.id("file:tabs")).isEmpty());
        assertEquals(before + 1, TestDatabase.count(refusals), "refused by the need to know, and the attempt audited");
    }
}
