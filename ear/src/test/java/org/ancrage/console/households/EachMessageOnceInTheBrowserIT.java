package org.ancrage.console.households;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each message once on the household file: a renewal refused (no bilan yet) says why in its dialog
 * only; a contact and a bilan saved are said once, in the growl — not also in the file's message
 * area, nor in the dialog.
 */
class EachMessageOnceInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(EachMessageOnceInTheBrowserIT.class);
    }

    /** How many times {@code text} is on the page as the reader sees it. */
    private int seen(String text) {
        String page = browser.findElement(By.tagName("body")).getText();
        int count = 0;
        for (int at = page.indexOf(text); at >= 0; at = page.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    @Test
    void aRefusalAndTwoSuccessesAreEachSaidOnce() throws Exception {
        long measure = CaseFiles.householdWithMeasure(CaseFiles.unique("Unefois"));
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + CaseFiles.householdOf(measure));

        // a renewal refused: the programme asks for the period's bilan first
        visible(tab("Mesures")).click();
        visible(By.cssSelector("button[id$='renew']")).click();
        visible(By.id("renewalDialog"));
        press(By.id("renewalForm:save"));
        String refusal = "doit être rédigée avant le renouvellement";
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalForm:messages"), refusal));
        assertEquals(1, seen(refusal));
        browser.findElement(By.cssSelector("#renewalDialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("renewalDialog_modal")));

        // a contact saved
        visible(tab("Mesures")).click();
        visible(By.cssSelector("button[id$='logContact']")).click();
        visible(By.id("contactDialog"));
        typeStably(By.id("contactForm:topics"), "Point sur le budget.");
        press(By.id("contactForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Contact enregistré."));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contactDialog_modal")));
        assertEquals(1, seen("Contact enregistré."));

        // a bilan saved
        visible(tab("Mesures")).click();
        visible(By.cssSelector("button[id$='evaluate']")).click();
        visible(By.id("evaluationDialog"));
        typeStably(By.id("evaluationForm:assessment"), "Situation stable.");
        press(By.id("evaluationForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Bilan enregistré."));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("evaluationDialog_modal")));
        assertEquals(1, seen("Bilan enregistré."));
    }
}
