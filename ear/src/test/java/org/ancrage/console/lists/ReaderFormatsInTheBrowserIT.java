package org.ancrage.console.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Numbers, money and dates in the reader's format on every list and home page, in French and in
 * English: no ISO date ({@code 2026-03-01}) in any table, and in French no decimal point
 * ({@code 390.00}, {@code 12.5}) — money reads {@code 390,00 €}.
 */
class ReaderFormatsInTheBrowserIT extends BrowserTest {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ReaderFormatsInTheBrowserIT.class);
    }

    /** The text of every table of the page. */
    private String tables() {
        StringBuilder text = new StringBuilder();
        for (WebElement table : browser.findElements(By.cssSelector(".ui-datatable"))) {
            text.append(table.getText()).append('\n');
        }
        return text.toString();
    }

    private void check(String page, String expected, boolean french) {
        open(page);
        if (expected != null) {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), expected));
        }
        String tables = tables();
        assertFalse(ISO_DATE.matcher(tables).find(), page + " shows an ISO date: " + tables);
        if (french) {
            assertFalse(DECIMAL_POINT.matcher(tables).find(), page + " shows a decimal point: " + tables);
        }
    }

    private void english() {
        open("app/home.xhtml");
        choose("language:lang", "English");
    }

    @Test
    void everyListReadsAsItsReaderWrites() throws Exception {
        String name = CaseFiles.unique("Formats");
        long measure = CaseFiles.householdWithMeasure(name);
        long occupancy = CaseFiles.housed(measure, name, "SUB_LEASE");
        assertEquals(2, CaseFiles.MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy + "/calls",
                "{\"month\":\"2026-03\"}").statusCode() / 100);

        logIn("direction", DemoData.PASSWORD);
        visible(By.id("welcome"));
        // the statistics of the year, computed for the page's figures
        visible(By.id("navStatistics")).click();
        visible(By.id("statistics:compute")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics:messages"), "lancé"));
        wait.until(d -> {
            d.findElement(By.id("statistics:show")).click();
            return d.findElement(By.id("statistics:figures")).getText().contains("IML");
        });
        String[][] pages = {
            {"app/home.xhtml", null},
            {"app/files/households.xhtml", null},
            {"app/files/measures.xhtml", null},
            {"app/files/dwellings.xhtml", null},
            {"app/files/landlords.xhtml", null},
            {"app/files/arrears.xhtml", "€"},
            {"app/files/incidents.xhtml", null},
            {"app/files/referrals.xhtml", null},
            {"app/reports/statistics.xhtml", "IML"},
        };
        for (String[] page : pages) {
            check(page[0], page[1], true);
        }
        open("app/files/arrears.xhtml");
        // the first row, the largest debt: the list is shared with other tests, whose households can
        // push this test's own below the first page
        String arrears = visible(By.xpath("//tbody[@id='arrears:table_data']/tr[1]")).getText();
        assertTrue(Pattern.compile("\\d+,\\d\\d.€").matcher(arrears).find(), arrears);
        screenshot("formats-arrears-fr");

        english();
        for (String[] page : pages) {
            check(page[0], page[1], false);
        }
        open("app/files/arrears.xhtml");
        arrears = visible(By.xpath("//tbody[@id='arrears:table_data']/tr[1]")).getText();
        assertTrue(Pattern.compile("€\\d+\\.\\d\\d").matcher(arrears).find(), arrears);
        browser.findElement(By.id("topbar:logout")).click();

        // the worker's own pages: home (caseload, alerts) and agenda
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        check("app/home.xhtml", null, true);
        check("app/files/agenda.xhtml", null, true);
        english();
        check("app/home.xhtml", null, false);
        check("app/files/agenda.xhtml", null, false);
        browser.findElement(By.id("topbar:logout")).click();

        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        check("app/admin/jobs.xhtml", null, true);
        english();
        check("app/admin/jobs.xhtml", null, false);
    }
}
