package org.ancrage.console.households;

import static org.ancrage.testing.CaseFiles.COORDINATOR;
import static org.ancrage.testing.CaseFiles.id;
import static org.ancrage.testing.CaseFiles.object;
import static org.ancrage.testing.CaseFiles.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Nouveau ménage" and the editable identity tab in Chromium: a household created with two members
 * after its likely duplicate was pointed out, a bad birth date refused at the field; a member
 * leaving, a new address from a date with the previous one kept; an edit made on a version someone
 * else has since changed refused; households found by reference, birth date and phone.
 */
class NewHouseholdInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(NewHouseholdInTheBrowserIT.class);
    }

    private static long nord() throws Exception {
        return TestDatabase.count("select id from service_unit where code = 'NORD'");
    }

    /** A household of the Nord service made through the API; its JSON view. */
    private static JsonObject household(String name, String birthDate, String extra) throws Exception {
        return object(COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord() + extra
                + ",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Awa\",\"birthDate\":\"" + birthDate
                + "\",\"relationship\":\"HEAD\"},{\"lastName\":\"" + name + "\",\"firstName\":\"Noé\","
                + "\"birthDate\":\"2015-05-03\",\"relationship\":\"CHILD\"}]}")).getJsonObject("household");
    }

    private void type(String id, String text) {
        typeStably(By.id(id), text);
    }

    /** Types an amount into a PrimeFaces input number, which formats it as it is typed. */
    private void typeAmount(String id, String text) {
        wait.until(driver -> {
            try {
                var amount = driver.findElement(By.id(id));
                if (amount.getAttribute("value").isEmpty()) {
                    amount.click();
                    amount.sendKeys(text);
                }
                return amount.getAttribute("value").contains("234");
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                return false;
            }
        });
    }

    private void search(String typed) {
        var box = visible(By.id("search:name"));
        box.clear();
        box.sendKeys(typed);
        browser.findElement(By.id("search:find")).click();
    }

    private void growlSays(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
    }

    @Test
    void aWorkerCreatesAHouseholdWithTwoMembersAfterSeeingItsLikelyDuplicate() throws Exception {
        String name = unique("Nouveau");
        JsonObject existing = household(name, "1991-04-12", "");

        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("navHouseholds")).click();
        visible(By.id("newHousehold")).click();
        type("household:members:0:lastName", name);
        type("household:members:0:firstName", "Awa");
        visible(By.id("household:addMember")).click();
        type("household:members:1:lastName", name);
        type("household:members:1:firstName", "Noé");
        type("household:members:1:birthDate_input", "03/05/2015");
        type("household:members:0:birthDate_input", "12/04/2091");
        type("household:address", "4 place de la Gare, 55100 Verdun");
        type("household:phone", "06 11 22 33 44");
        type("household:email", "awa." + name.toLowerCase() + "@example.org");
        choose("household:composition", "Famille monoparentale");
        choose("household:mainResource", "Salaire");
        typeAmount("household:monthlyResources_input", "1234,56");
        choose("household:nationality", "Française");
        press(By.id("household:save"));

        // A birth date in the future is refused at its field; what was typed stays.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//*[@id='household:members:0:birthDate']/following-sibling::*[1]"), "date"));
        assertEquals(name, browser.findElement(By.id("household:members:1:lastName")).getAttribute("value"));
        assertEquals("4 place de la Gare, 55100 Verdun",
                browser.findElement(By.id("household:address")).getAttribute("value"));
        screenshot("new-household-refused");
        type("household:members:0:birthDate_input", "12/04/1991");
        press(By.id("household:save"));

        // The existing household with the same name and birth date is pointed out before saving.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("household:duplicates"),
                existing.getString("reference")));
        screenshot("new-household-duplicate");
        press(By.id("household:createAnyway"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileTitle"), name.toUpperCase() + " Awa"));
        String reference = browser.findElement(By.cssSelector("#fileTitle small")).getText();
        assertFalse(reference.equals(existing.getString("reference")));
        long created = TestDatabase.count("select id from household where reference = '" + reference + "'");
        assertEquals(2, TestDatabase.count("select count(*) from person where household_id = " + created));
        assertEquals(1, TestDatabase.count("select count(*) from household where id = " + created
                + " and monthly_resources = 1234.56 and nationality = 'FRENCH' and phone = '06 11 22 33 44'"));
        // French groups thousands with a narrow no-break space: 1 234,56 €.
        String identity = visible(By.id("file:tabs:identity")).getText().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertTrue(identity.contains("Noé"), identity);
        assertTrue(identity.contains("1 234,56"), identity);
        assertTrue(identity.contains("12/04/1991"), identity);
        assertTrue(identity.contains("Française"), identity);
        screenshot("new-household-file");
    }

    @Test
    void theIdentityTabRecordsAMemberLeavingAndANewAddressKeepingThePreviousOne() throws Exception {
        String name = unique("Identite");
        JsonObject h = household(name, "1985-01-20", ",\"address\":\"1 rue Ancienne, 55100 Verdun\"");
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + h.getJsonNumber("id"));

        // Noé leaves the household: recorded with its date, still shown.
        visible(By.xpath("//tr[contains(., 'Noé')]//button[contains(@id, 'memberLeaves')]")).click();
        visible(By.id("memberLeavesDialog"));
        type("memberLeavesForm:leftOn_input", "15/11/2026");
        press(By.id("memberLeavesForm:save"));
        growlSays("Départ du ménage enregistré");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:members"),
                "a quitté le ménage le 15/11/2026"));
        assertEquals(1, TestDatabase.count("select count(*) from person where household_id = " + h.getJsonNumber("id")
                + " and left_on = '2026-11-15'"));

        // A new address from a date: the previous one stays in the history.
        visible(By.id("file:tabs:changeSituation")).click();
        visible(By.id("situationDialog"));
        type("situationForm:since_input", "01/12/2026");
        type("situationForm:address", "9 rue Nouvelle, 55100 Verdun");
        press(By.id("situationForm:save"));
        growlSays("Nouvelle adresse");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:address"), "9 rue Nouvelle"));
        String history = visible(By.id("file:tabs:situations")).getText();
        assertTrue(history.contains("9 rue Nouvelle") && history.contains("1 rue Ancienne")
                && history.contains("01/12/2026"), history);
        screenshot("identity-history");
    }

    @Test
    void anEditOnAVersionSomeoneElseChangedIsRefused() throws Exception {
        String name = unique("Conflit");
        JsonObject h = household(name, "1979-09-09", "");
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + h.getJsonNumber("id"));
        visible(By.id("file:tabs:changeStatus")).click();
        visible(By.id("statusDialog"));
        type("statusForm:phone", "03 29 00 00 01");

        // Meanwhile the coordinator changes the household through the API.
        assertEquals(200, COORDINATOR.put("/ancrage/api/households/" + h.getJsonNumber("id"), "{\"version\":"
                + h.getJsonNumber("version") + ",\"phone\":\"03 29 99 99 99\"}").statusCode());

        press(By.id("statusForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statusForm:messages"),
                "modifié par quelqu’un d’autre"));
        assertEquals(1, TestDatabase.count("select count(*) from household where id = " + h.getJsonNumber("id")
                + " and phone = '03 29 99 99 99'"), "nothing was overwritten");
        screenshot("identity-conflict");

        // Opened again, the dialog works on the current version.
        browser.findElement(By.cssSelector("#statusDialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("statusDialog_modal")));
        visible(By.id("file:tabs:changeStatus")).click();
        visible(By.id("statusDialog"));
        type("statusForm:phone", "03 29 00 00 01");
        press(By.id("statusForm:save"));
        growlSays("Coordonnées et droit au séjour enregistrés");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:phone"), "03 29 00 00 01"));

        // Notices and receipts by e-mail: refused without an address, in the dialog that has the field
        visible(By.id("file:tabs:changeStatus")).click();
        visible(By.id("statusDialog"));
        press(By.cssSelector("[id='statusForm:papersByEmail'] .ui-chkbox-box"));
        press(By.id("statusForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statusForm:messages"),
                "Indiquez l’adresse e-mail du ménage"));
        type("statusForm:email", "menage@example.org");
        press(By.id("statusForm:save"));
        growlSays("Coordonnées et droit au séjour enregistrés");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:papersByEmail"),
                "reçus par e-mail"));
        assertEquals(1, TestDatabase.count("select count(*) from household where id = " + h.getJsonNumber("id")
                + " and papers_by_email and email = 'menage@example.org'"));
    }

    @Test
    void householdsAreFoundByReferenceBirthDateAndPhone() throws Exception {
        String name = unique("Cherche");
        JsonObject h = household(name, "1967-03-08", ",\"phone\":\"07.65.43.21.09\"");
        String reference = h.getString("reference");
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("navHouseholds")).click();
        for (String typed : new String[] {reference, "08/03/1967", "07 65 43 21 09", "+33 7 65 43 21 09",
                name.substring(0, 9).toLowerCase()}) {
            // First a search that finds nothing, so that each criterion's result is its own.
            search("zz-personne-" + name);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:households"), "Aucun élément"));
            search(typed);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:households"),
                    name.toUpperCase()));
        }
        screenshot("households-search");
        // Through the API too, with the same box's syntax.
        assertTrue(COORDINATOR.get("/ancrage/api/households?q=08/03/1967").body().contains(reference));
        assertTrue(COORDINATOR.get("/ancrage/api/households?q=0765432109").body().contains(reference));
    }

    @Test
    void theNewHouseholdFormReadsInEnglishWithoutRawKeys() throws Exception {
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        choose("language:lang", "English");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("navHouseholds"), "Households"));
        open("app/files/household-new.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "New household"));
        String page = browser.findElement(By.tagName("body")).getText();
        assertFalse(page.contains("???"), page);
        assertTrue(page.contains("Right of residence"), page);
        choose("language:lang", "Français");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nouveau ménage"));
        String french = browser.findElement(By.tagName("body")).getText();
        assertFalse(french.contains("???"), french);
        assertFalse(french.contains("Right of residence"), french);
    }
}
