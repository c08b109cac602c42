package org.ancrage.console.rent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Pdfs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A rental manager runs the month's calls and papers from the arrears page in Chromium and prints the
 * month's notices as one PDF; asked before the run, the page says there is nothing to print yet.
 */
class MonthPapersInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(MonthPapersInTheBrowserIT.class);
    }

    @Test
    void aRentalManagerRunsTheMonthAndPrintsItsNotices() throws Exception {
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/arrears.xhtml");
        // A month far ahead, which no other test calls.
        typeStably(By.id("papers:month_input"), "03/2037");
        browser.findElement(By.id("papers:month_input")).sendKeys(Keys.TAB); // the calendar closes
        press(By.id("papers:notices"));
        textShows(By.id("papers:messages"), "Aucun imprimé de ce genre n’a été préparé pour 2037-03");

        typeStably(By.id("papers:month_input"), "03/2037");
        browser.findElement(By.id("papers:month_input")).sendKeys(Keys.TAB); // the calendar closes
        press(By.id("papers:start"));
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("papers:progress"), "Terminé"));
        screenshot("month-papers");

        press(By.id("papers:notices"));
        String text = Pdfs.text(Files.readAllBytes(downloaded("avis-echeance-2037-03-tous.pdf")));
        assertTrue(text.contains("mars 2037"), text);
    }
}
