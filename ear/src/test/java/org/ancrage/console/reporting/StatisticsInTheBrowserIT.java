package org.ancrage.console.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The statistics page in Chromium: a director computes the year, a funder reads figures, never names. */
class StatisticsInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(StatisticsInTheBrowserIT.class);
    }

    @Test
    void aDirectorComputesTheYearAndAFunderReadsTheFigures() throws Exception {
        logIn("direction", DemoData.PASSWORD);
        visible(By.id("navStatistics")).click();
        visible(By.id("statistics:compute")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics:messages"), "lancé"));
        // The demo programmes appear once the job has kept their snapshots.
        for (int i = 0; i < 20 && !browser.findElement(By.id("statistics:figures")).getText().contains("IML"); i++) {
            Thread.sleep(500);
            browser.findElement(By.id("statistics:show")).click();
            Thread.sleep(500);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics:figures"), "IML"));
        visible(By.id("statistics:chart"));
        screenshot("statistics");

        browser.findElement(By.id("topbar:logout")).click();
        logIn("financeur", DemoData.PASSWORD);
        visible(By.id("navStatistics")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics:figures"), "IML"));
        assertFalse(browser.getPageSource().contains("DIALLO"));
        // The demo funder account is tied to the State's DDETS: the page says whose programmes it reads.
        assertTrue(browser.findElement(By.id("statistics:funderScope")).getText().contains("État (DDETS)"),
                browser.findElement(By.id("statistics:funderScope")).getText());
        // A funder's table: households followed, entries and ends are 0, at least 5, or "< 5" — never 1 to 4.
        for (var row : browser.findElements(By.cssSelector("[id='statistics:figures_data'] > tr"))) {
            var cells = row.findElements(By.tagName("td"));
            for (int column = 1; column <= 3; column++) {
                String text = cells.get(column).getText().trim();
                assertTrue(text.equals("< 5") || !text.matches("[1-4]"), "a small count shown to a funder: " + row.getText());
            }
        }
    }

    @Test
    void theDirectorsHomeShowsEachServicesActivity() throws Exception {
        logIn("direction", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.cssSelector("[id='serviceChart'] canvas, canvas[id^='serviceChart']"));
        var nord = browser.findElements(By.cssSelector("[id='serviceFigures_data'] > tr")).stream()
                .filter(row -> row.getText().startsWith("Service logement Nord")).toList();
        assertFalse(nord.isEmpty(), "a line per programme followed by the Nord service");
        long open = nord.stream().mapToLong(row -> Long.parseLong(row.findElements(By.tagName("td")).get(2).getText()))
                .sum();
        assertTrue(open >= 3, "the three demo measures of the Nord service are open: " + open);
        screenshot("home-director");
    }
}
