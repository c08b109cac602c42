package org.ancrage.console.households;

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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Bilans in Chromium: a worker writes one with what was gained, what still needs support, the
 * proposed decision and the day it was sent to the funder; the measure lists its bilans, each read
 * in full, in French and in English.
 */
class BilansInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(BilansInTheBrowserIT.class);
    }

    @Test
    void aBilanIsWrittenThenReadInFull() throws Exception {
        String name = CaseFiles.unique("Bilan");
        long measure = CaseFiles.householdWithMeasure(name);
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + CaseFiles.householdOf(measure));
        visible(tab("Mesures")).click();
        visible(By.cssSelector("button[id$='evaluate']")).click();
        visible(By.id("evaluationDialog"));
        typeStably(By.id("evaluationForm:on_input"), "25/11/2026");
        typeStably(By.id("evaluationForm:assessment"), "Situation stabilisée.");
        typeStably(By.id("evaluationForm:gains"), "Budget tenu trois mois de suite ; loyer payé.");
        typeStably(By.id("evaluationForm:remainingNeeds"), "Démarches de santé ; insertion professionnelle.");
        choose("evaluationForm:decision", "Renouvellement");
        typeStably(By.id("evaluationForm:sentOn_input"), "27/11/2026");
        press(By.id("evaluationForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Bilan enregistré"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("evaluationDialog_modal")));
        assertEquals(1, TestDatabase.count("select count(*) from evaluation where measure_id = " + measure
                + " and sent_on = '2026-11-27' and gains like 'Budget tenu%'"));

        visible(tab("Mesures")).click();
        visible(By.cssSelector("button[id$='bilans']")).click();
        visible(By.id("bilansDialog"));
        String bilan = visible(By.id("bilansForm")).getText();
        for (String expected : new String[] {"Bilan du 25/11/2026 (période 1)", "Situation stabilisée.",
                "Budget tenu trois mois de suite ; loyer payé.", "Démarches de santé ; insertion professionnelle.",
                "Renouvellement", "27/11/2026"}) {
            assertTrue(bilan.contains(expected), expected + " in " + bilan);
        }
        screenshot("bilans");
        browser.findElement(By.cssSelector("#bilansDialog .ui-dialog-titlebar-close")).click();

        // In English: the reader's date format, no raw key.
        choose("language:lang", "English");
        visible(tab("Measures")).click();
        visible(By.cssSelector("button[id$='bilans']")).click();
        visible(By.id("bilansDialog"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bilansForm"), "Evaluation of 25 Nov 2026"));
        String english = browser.findElement(By.tagName("body")).getText();
        assertFalse(english.contains("???"), english);
        assertTrue(english.contains("What was gained"), english);
    }
}
