package org.ancrage.console.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The jobs page says everything in words (issue 15): no raw key such as {@code ???job.statistics???},
 * no {@code COMPLETED} or {@code MAILS_SENT=0}; in French, then in English.
 */
class JobsPageInWordsInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(JobsPageInWordsInTheBrowserIT.class);
    }

    private static final String[] RAW = {"???", "COMPLETED", "MAILS_SENT", "MAILS_FAILED", "RESOLVED=", "DRY RUN",
        "CLOSED_CASE", "FAILED"};

    private void saysNothingRaw() {
        String page = browser.findElement(By.tagName("main")).getText();
        for (String raw : RAW) {
            assertFalse(page.contains(raw), "raw '" + raw + "' on the page: " + page);
        }
    }

    @Test
    void theRemindersRunIsReportedInWordsInFrenchAndInEnglish() throws Exception {
        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/admin/jobs.xhtml");
        visible(By.xpath("//button[contains(., 'Statistiques')]"));
        visible(By.xpath("//button[contains(., 'Rappels d’échéances')]")).click();
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        // The run just started is the table's first row (the newest first); older rows say "Terminé"
        // and "courriel" already, so only that row is read, as it was when it said "Terminé": a refresh
        // still on its way may replace the element right after, and reading it again would find it gone
        String[] read = new String[1];
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(driver -> {
            try {
                driver.findElement(By.id("jobs:refresh")).click();
                read[0] = driver.findElement(By.cssSelector("[id='jobs:executions_data'] > tr:first-child")).getText();
                return read[0].contains("Rappels d’échéances") && read[0].contains("Terminé");
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                return false;
            }
        });
        String table = read[0];
        assertTrue(table.contains("aucun courriel d’alertes envoyé") || table.contains("courriels d’alertes envoyés")
                || table.contains("1 courriel d’alertes envoyé"), table);
        saysNothingRaw();
        screenshot("jobs-in-words");

        choose("language:lang", "English");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobs:executions"), "Completed"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobs:executions"), "alert e-mail"));
        visible(By.xpath("//button[contains(., 'Statistics')]"));
        saysNothingRaw();
        choose("language:lang", "Français");
    }
}
