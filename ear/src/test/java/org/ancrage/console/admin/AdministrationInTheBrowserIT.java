package org.ancrage.console.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's pages in Chromium: starting the reminders job and watching it complete, the
 * audit trail searched by user, a retention dry run, a retention period refused out of bounds, and
 * a worker's alert on the home page once the job ran.
 */
class AdministrationInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AdministrationInTheBrowserIT.class);
    }

    @Test
    void anAdministratorRunsTheRemindersAndTheWorkerSeesAnAlert() throws Exception {
        logIn("administration", DemoData.PASSWORD);
        visible(By.id("navJobs")).click();
        visible(By.cssSelector("button[id$='start']")).click();
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobs:messages"), "lancé"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobs:executions"), "Terminé"));
        screenshot("jobs");

        browser.findElement(By.id("topbar:logout")).click();
        logIn("travailleur", DemoData.PASSWORD);
        // The demo households are followed by this worker: at least one of their deadlines is noticeable.
        visible(By.cssSelector("#alerts\\:table a"));
        screenshot("home-alerts");
    }

    @Test
    void anAdministratorSearchesTheAuditTrailAndTriesRetention() throws Exception {
        logIn("administration", DemoData.PASSWORD);
        visible(By.id("navPrivacy")).click();
        // The demo data were written at start-up by the application itself, as "system".
        visible(By.id("audit:username")).sendKeys("system");
        browser.findElement(By.id("audit:search")).click();
        wait.until(driver -> {
            try {
                var users = driver.findElements(By.cssSelector("#audit\\:entries tbody tr td:nth-child(2)"));
                return !users.isEmpty() && users.stream().allMatch(cell -> cell.getText().equals("system"));
            } catch (StaleElementReferenceException replacedMeanwhile) {
                return false;
            }
        });

        browser.findElement(By.id("retention:dryRun")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("retention:messages"), "Simulation lancée"));
        screenshot("privacy");

        var months = browser.findElement(By.cssSelector("#retention\\:rules input[id$='months_input']"));
        months.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2000");
        browser.findElement(By.id("retention:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("retention:messages"), "entre 1 et 1200"));
    }

    @Test
    void aWorkerCannotOpenTheAdministrationPages() throws Exception {
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        assertTrue(browser.findElements(By.id("navPrivacy")).isEmpty());
        open("app/admin/privacy.xhtml");
        visible(By.tagName("h1"));
        assertTrue(browser.findElements(By.id("audit:entries")).isEmpty());
    }
}
