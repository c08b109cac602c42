package org.ancrage.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The programme catalogue in the console (issues 15 and 18): an administrator creates the
 * association's own programme as a copy of a template; a code already taken and a renewal that can
 * never be reached within the maximum are refused at their fields, with what was typed kept; a
 * template the association does not run is hidden and no longer offered for referrals.
 */
class ProgrammeCatalogueInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ProgrammeCatalogueInTheBrowserIT.class);
    }

    private void type(String id, String text) {
        typeStably(By.id(id), text);
    }

    private void openCatalogue() {
        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/admin/programmes.xhtml");
        visible(By.id("catalogue:list"));
    }

    @Test
    void anAdministratorCreatesAProgrammeAsACopyAndIsToldAtTheFieldWhatDoesNotHold() throws Exception {
        assertEquals(200, org.ancrage.testing.ApiClient.as("administration", DemoData.PASSWORD)
                .post("/ancrage/api/programmes/templates", "").statusCode());
        openCatalogue();
        String udaf = "//tr[contains(., 'UDAF55-ASLL')]";
        visible(By.xpath(udaf + "//button[contains(@id, 'copy')]")).click();
        visible(By.id("programmeForm:code"));
        assertTrue(browser.findElement(By.id("programmeForm:name")).getAttribute("value").contains("UDAF 55"));

        // A code another programme has: refused at the code, the rest kept.
        type("programmeForm:code", "udaf55-asll");
        type("programmeForm:name", "ASLL de la Meuse, 6 mois");
        type("programmeForm:firstPeriod", "6");
        press(By.id("programmeForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programmeForm"),
                "Le code « UDAF55-ASLL » est déjà celui d’un autre dispositif."));
        WebElement codeMessage = browser.findElement(By.xpath("//*[@id='programmeForm:code']/following-sibling::*"
                + "[contains(@class, 'ui-message')]"));
        assertTrue(codeMessage.getText().contains("déjà celui"), codeMessage.getText());
        assertEquals("6", browser.findElement(By.id("programmeForm:firstPeriod")).getAttribute("value"));
        screenshot("programme-code-taken");

        // 6 months then three renewals of 3: the third one could never be granted within 12 months.
        String code = CaseFiles.unique("MEUSE-").toUpperCase();
        type("programmeForm:code", code);
        press(By.id("programmeForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programmeForm"),
                "ne pourra jamais être accordé"));
        assertTrue(visible(By.xpath("//*[@id='programmeForm:steps']/following-sibling::*[contains(@class, "
                + "'ui-message')]")).getText().contains("Le renouvellement n° 3 ne pourra jamais être accordé"));
        screenshot("programme-unreachable-step");

        type("programmeForm:maxTotal", "15");
        press(By.id("programmeForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Dispositif « ASLL de la Meuse, 6 mois » créé."));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("programmeDialog")));
        String row = visible(By.xpath("//tr[contains(., '" + code + "')]")).getText();
        assertTrue(row.contains("6 mois") && row.contains("15 mois"), row);
        assertEquals(6, TestDatabase.count("select follow_up_months from programme where code = '" + code + "'"),
                "copied from the template: the follow-up visit at 6 months");
        assertFalse(browser.getPageSource().contains("???"));
    }

    @Test
    void aTemplateTheAssociationDoesNotRunIsHiddenAndNoLongerOffered() throws Exception {
        openCatalogue();
        String row = "//tr[contains(., 'APAR-IML')]";
        visible(By.xpath(row + "//button[contains(@id, 'hide')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "est masqué"));
        wait.until(driver -> driver.findElement(By.xpath(row)).getText().contains("masqué"));
        screenshot("programme-hidden");
        assertEquals(1, TestDatabase.count("select count(*) from programme where code = 'APAR-IML' and hidden"));

        try {
            browser.manage().deleteAllCookies();
            logIn("coordinatrice", DemoData.PASSWORD);
            visible(By.id("welcome"));
            open("app/files/referrals.xhtml");
            visible(By.id("referrals:programme")).click();
            String offered = visible(By.id("referrals:programme_panel")).getText();
            assertTrue(offered.contains("Tous les dispositifs"), offered);
            assertFalse(offered.contains("IML (APAR)"), offered);
        } finally {
            TestDatabase.execute("update programme set hidden = false where code = 'APAR-IML'");
        }
    }
}
