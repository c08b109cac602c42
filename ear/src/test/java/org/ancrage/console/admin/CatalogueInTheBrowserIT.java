package org.ancrage.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's catalogue pages in Chromium: a service created (the required fields and the
 * code's format said at the fields first) and renamed; a rename on a version someone else changed
 * meanwhile refused with the conflict, the typed name kept; a programme's rules adjusted, then a
 * maximum shorter than the first period refused at its field; the director reads the pages and
 * the reference lists without a button to change them.
 */
class CatalogueInTheBrowserIT extends BrowserTest {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(CatalogueInTheBrowserIT.class);
    }

    /** Types into a field of a form drawn again by Ajax (a dialog on opening): retried until it holds. */
    private void type(String id, String text) {
        wait.until(driver -> {
            try {
                var field = driver.findElement(By.id(id));
                if (!field.isDisplayed()) {
                    return false;
                }
                field.clear();
                field.sendKeys(text);
                return text.equals(driver.findElement(By.id(id)).getAttribute("value"));
            } catch (StaleElementReferenceException drawnAgain) {
                return false;
            }
        });
    }

    private void textAppears(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private void createService(String code, String name) {
        type("serviceForm:code", code);
        type("serviceForm:name", name);
        browser.findElement(By.id("serviceForm:create")).click();
    }

    private void openRename(String code) {
        visible(By.xpath("//tr[contains(., '" + code + "')]//button[contains(@id, 'rename')]")).click();
        visible(By.id("renameForm:newName"));
    }

    @Test
    void anAdministratorCreatesAndRenamesAService() throws Exception {
        String code = unique("OUEST-");
        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navServices")).click();

        visible(By.id("serviceForm:create")).click();
        textAppears("serviceForm", "Code : ce champ est obligatoire.");
        textAppears("serviceForm", "Nom : ce champ est obligatoire.");

        String name = "Service " + code; // other tests name services "Service Ouest…" too
        createService("ouest", name);
        textAppears("serviceForm", "lettres majuscules, chiffres, tiret ou souligné seulement");
        assertTrue(!browser.findElement(By.id("services:list")).getText().contains(name));

        createService(code, name);
        textAppears("services:list", code);
        textAppears("growl_container", "Service « " + name + " » créé.");

        createService(code, "Service Ouest bis");
        textAppears("serviceForm:messages", "Le code « " + code + " » est déjà celui d’un autre service.");

        openRename(code);
        type("renameForm:newName", "Service Ouest et Littoral");
        browser.findElement(By.id("renameForm:save")).click();
        textAppears("services:list", "Service Ouest et Littoral");
        screenshot("services");
    }

    @Test
    void aRenameOnAVersionChangedMeanwhileShowsTheConflict() throws Exception {
        String code = unique("EST-");
        HttpResponse<String> created = ADMIN.post("/ancrage/api/service-units",
                "{\"code\":\"" + code + "\",\"name\":\"Service Est\"}");
        assertEquals(201, created.statusCode(), created.body());
        var unit = Json.createReader(new StringReader(created.body())).readObject();

        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navServices")).click();
        openRename(code);

        // Someone else renames it while the dialog is open.
        assertEquals(200, ADMIN.put("/ancrage/api/service-units/" + unit.getJsonNumber("id").longValue(),
                "{\"name\":\"Service Est (autre)\",\"version\":" + unit.getJsonNumber("version").longValue() + "}")
                .statusCode());

        type("renameForm:newName", "Service Est (moi)");
        browser.findElement(By.id("renameForm:save")).click();
        textAppears("renameForm:messages", "a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert");
        screenshot("services-conflict");
        assertTrue(browser.findElement(By.id("renameDialog")).isDisplayed());
        assertEquals("Service Est (moi)", browser.findElement(By.id("renameForm:newName")).getAttribute("value"));

        open("app/admin/services.xhtml");
        textAppears("services:list", "Service Est (autre)");
        assertTrue(!browser.findElement(By.id("services:list")).getText().contains("Service Est (moi)"));
    }

    @Test
    void anAdministratorAdjustsAProgrammeAndAnIncoherentMaximumIsRefusedAtItsField() throws Exception {
        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navProgrammes")).click();
        String row = "//tr[contains(., 'APAR-AVDL')]";
        visible(By.xpath(row + "//button[contains(@id, 'edit')]")).click();
        visible(By.id("programmeForm:name"));

        type("programmeForm:firstPeriod", "6");
        type("programmeForm:maxTotal", "12");
        type("programmeForm:capacity", "27");
        browser.findElement(By.id("programmeForm:addStep")).click();
        type("programmeForm:steps:0:months", "6");
        screenshot("programmes-dialog");
        browser.findElement(By.id("programmeForm:save")).click();
        textAppears("growl_container", "Règles du dispositif « AVDL (APAR) » enregistrées.");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("programmeDialog")));
        wait.until(driver -> driver.findElement(By.xpath(row)).getText().contains("27"));
        assertTrue(browser.findElement(By.xpath(row)).getText().contains("12 mois"));

        visible(By.xpath(row + "//button[contains(@id, 'edit')]")).click();
        visible(By.id("programmeForm:name"));
        type("programmeForm:maxTotal", "3");
        type("programmeForm:capacity", "30");
        browser.findElement(By.id("programmeForm:save")).click();
        wait.until(driver -> driver.findElement(By.id("programmeForm")).getText()
                .contains("La durée maximale (3 mois) ne peut pas être plus courte que la première période (6 mois)."));
        screenshot("programmes-refused");
        assertTrue(browser.findElement(By.id("programmeDialog")).isDisplayed());
        assertEquals("30", browser.findElement(By.id("programmeForm:capacity")).getAttribute("value"));
        open("app/admin/programmes.xhtml");
        String avdl = visible(By.xpath(row)).getText();
        assertTrue(avdl.contains("27") && !avdl.contains("30"), avdl);
    }

    @Test
    void theDirectorReadsTheCatalogueAndTheReferenceListsWithoutChangingThem() throws Exception {
        logIn("direction", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navServices")).click();
        textAppears("services:list", "Service logement Nord");
        assertTrue(browser.findElements(By.cssSelector("button[id$='rename']")).isEmpty());
        assertTrue(browser.findElements(By.id("serviceForm:create")).isEmpty());

        visible(By.id("navProgrammes")).click();
        textAppears("catalogue:list", "IML en sous-location (ALSA)");
        textAppears("catalogue:list", "6 mois par dérogation (DDETSPP)");
        assertTrue(browser.findElements(By.cssSelector("button[id$='edit']")).isEmpty());

        visible(By.id("navReferences")).click();
        textAppears("fixedInCode", "définitions nationales des financeurs");
        String lists = browser.findElement(By.id("content")).getText();
        assertTrue(lists.contains("Commission DALO") && lists.contains("DALO commission"), lists);
        assertTrue(lists.contains("Maintien dans le logement") && lists.contains("Stayed in the dwelling"), lists);
        assertTrue(!lists.contains("enum."), "a label is missing: " + lists);
        screenshot("references");
    }
}
