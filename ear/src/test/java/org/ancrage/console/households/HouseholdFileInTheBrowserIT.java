package org.ancrage.console.households;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.ancrage.demo.DemoData;
import org.ancrage.system.AssociationClock;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Pdfs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The household list and file in a real Chromium, on the demo data: a worker finds a household,
 * opens its file, logs a home visit; a rental manager sees the arrears; a funder is kept out.
 */
class HouseholdFileInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(HouseholdFileInTheBrowserIT.class);
    }

    @Test
    void aWorkerFindsAHouseholdOpensTheFileAndLogsAHomeVisit() throws Exception {
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("navHouseholds")).click();
        visible(By.id("search:name")).sendKeys("diall");
        browser.findElement(By.id("search:find")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:households"), "DIALLO"));
        screenshot("households");
        browser.findElement(By.cssSelector("#search\\:households a[id$='open']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileTitle"), "DIALLO Aminata"));
        browser.findElement(tab("Mesures")).click();
        visible(By.cssSelector("button[id$='logContact']")).click();
        visible(By.id("contactForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contactDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Contact enregistré"));
        browser.findElement(tab("Contacts")).click();
        String today = org.ancrage.system.AssociationClock.today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:contacts"), today));
        browser.findElement(tab("Logement et loyer")).click();
        assertTrue(visible(By.id("dwellingAddress")).getText().contains("8 rue du Bourg"));
        screenshot("household-file");
    }

    @Test
    void aRentalManagerSeesTheArrearsByAge() throws Exception {
        logIn("gestion", DemoData.PASSWORD);
        // The home page first: the arrears summed by age, open incidents, insurance gaps, capacity.
        assertTrue(visible(By.id("arrearsByAge")).getText().contains("€"));
        visible(By.id("incidents"));
        visible(By.id("capacity"));
        screenshot("home-rental-manager");
        visible(By.id("navArrears")).click();
        // A long list (every test's households owe something): found by the household column's filter.
        visible(By.id("arrears:table:household:filter")).sendKeys("DIALLO");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("arrears:table"), "DIALLO"));
        screenshot("arrears");
        // The reminder letter of the line, as firm as the debt is old, saved as a PDF that names the household
        press(By.xpath("//tr[contains(., 'DIALLO')]//button[contains(@id, ':reminder')]"));
        String letter = Pdfs.text(Files.readAllBytes(downloaded("relance-" + AssociationClock.today() + ".pdf")));
        assertTrue(letter.contains("DIALLO") && letter.contains("rappel"), letter);
    }

    @Test
    void aFunderCannotOpenAHouseholdPage() throws Exception {
        logIn("financeur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/households.xhtml");
        visible(By.tagName("h1"));
        assertFalse(browser.getPageSource().contains("DIALLO"));
        assertFalse(browser.findElements(By.id("search:households")).size() > 0);
    }
}
