package org.ancrage.console.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The statistics page in Chromium: a director computes the year, or a past one, a funder reads
 * figures (the ends by reason among them), never names.
 */
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
        // While the job runs the page keeps what is being chosen (its poll once put the form back every
        // two seconds, a funder chosen meanwhile lost): the programme is chosen and must still be there
        // when the job is done and the page shows the year by itself.
        choose("statistics:funder", "CAF");
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics:messages"), "calculées"));
        assertEquals("CAF", browser.findElement(By.id("statistics:funder_label")).getText(),
                "the choice made while the job ran is kept");
        choose("statistics:funder", "Tous les financeurs");
        press(By.id("statistics:show"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics:figures"), "IML"));
        visible(By.id("statistics:chart"));
        screenshot("statistics");

        // One funder's report: the CAF's programmes, those without activity asked for too — no IML.
        choose("statistics:funder", "CAF");
        wait.until(driver -> {
            if (!driver.findElement(By.id("statistics:withoutActivity_input")).isSelected()) {
                press(By.xpath("//*[@id='statistics:withoutActivity']//div[contains(@class, 'ui-chkbox-box')]"));
            }
            return driver.findElement(By.id("statistics:withoutActivity_input")).isSelected();
        });
        press(By.id("statistics:show"));
        // the table drawn again: the CAF's programmes, and none of the State's IML any more
        wait.until(driver -> {
            String figures = driver.findElement(By.id("statistics:figures")).getText();
            return figures.contains("CAF") && !figures.contains("IML");
        });
        screenshot("statistics-one-funder");

        browser.findElement(By.id("topbar:logout")).click();
        logIn("financeur", DemoData.PASSWORD);
        visible(By.id("navStatistics")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics:figures"), "IML"));
        assertFalse(browser.getPageSource().contains("DIALLO"));
        // The demo funder account is tied to the State's DDETSPP: the page says whose programmes it reads.
        assertTrue(browser.findElement(By.id("statistics:funderScope")).getText().contains("État (DDETSPP)"),
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

    /**
     * A past year (issue 18): the director types it and computes it; the page shows its figures as
     * soon as the job is done, with the ends by reason in words; a funder reads them masked.
     */
    @Test
    void aDirectorComputesAPastYearAndReadsItsEndsByReason() throws Exception {
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        String name = "Motifs (navigateur)";
        long programme = TestDatabase.count("insert into programme (id, code, name, funder, kind, financed_capacity)"
                + " values (nextval('programme_seq'), 'MOTIFS-NAV', '" + name + "',"
                // funded by the demo funder's funder, so that the funder reads it below
                + " (select funder from user_account where username = 'financeur'), 'ASLL', 5) returning id");
        for (String reason : new String[] {"'OBJECTIVES_REACHED'", "'NON_COOPERATION'", "'OBJECTIVES_REACHED'", "null"}) {
            long household = TestDatabase.count("insert into household (id, service_unit_id, composition, main_resource)"
                    + " values (nextval('household_seq'), " + nord + ", 'SINGLE', 'RSA') returning id");
            TestDatabase.execute("insert into measure (id, household_id, programme_id, referent_worker_id,"
                    + " service_unit_id, start_date, status, end_date, end_reason, housing_outcome) values"
                    + " (nextval('measure_seq'), " + household + ", " + programme + ", " + worker + ", " + nord
                    + ", '2021-10-01', 'ENDED', '2022-03-31', " + reason + ", 'STAYED_IN_DWELLING')");
        }

        logIn("direction", DemoData.PASSWORD);
        visible(By.id("navStatistics")).click();
        typeStably(By.id("statistics:year_input"), "2022");
        // the other test's computation may still run: started once it is over
        for (int i = 0; i < 40; i++) {
            visible(By.id("statistics:compute")).click();
            wait.until(driver -> !driver.findElement(By.id("statistics:messages")).getText().isBlank());
            if (browser.findElement(By.id("statistics:messages")).getText().contains("lancé")) {
                break;
            }
            Thread.sleep(500);
        }
        // no "show" clicked: the page shows the year once the job is done
        textShows(By.id("statistics:messages"), "Statistiques de 2022 calculées");
        textShows(By.id("statistics:figures"), "Chiffres de l’année 2022");
        textShows(By.id("statistics:endsByReason"), name);
        assertEquals(List.of(name + " Objectifs atteints 2", name + " Non-adhésion du ménage 1",
                name + " Motif non renseigné 1"), rowsOf(name));
        screenshot("statistics-ends-by-reason");

        browser.findElement(By.id("topbar:logout")).click();
        logIn("financeur", DemoData.PASSWORD);
        visible(By.id("navStatistics")).click();
        typeStably(By.id("statistics:year_input"), "2022");
        visible(By.id("statistics:show")).click();
        textShows(By.id("statistics:endsByReason"), name);
        assertEquals(List.of(name + " Objectifs atteints < 5", name + " Non-adhésion du ménage < 5",
                name + " Motif non renseigné < 5"), rowsOf(name), "four ends: no reason's count told to a funder");
    }

    /** The lines of the ends-by-reason table about the programme {@code name}, as read. */
    private List<String> rowsOf(String name) {
        return browser.findElements(By.cssSelector("[id='statistics:endsByReason_data'] > tr")).stream()
                .map(row -> row.getText().replace('\n', ' ').trim()).filter(text -> text.startsWith(name)).toList();
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
