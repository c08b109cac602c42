package org.ancrage.console.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * The retention dry run lists, in Chromium, the files a run today would anonymise — reference,
 * head of household, why and since when, the date it is due — in French and in English, paged,
 * exported as CSV with formulas made inert; nothing is changed, and the real run asks first.
 */
class RetentionDryRunInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(RetentionDryRunInTheBrowserIT.class);
    }

    @Test
    void theDryRunListsTheFilesItWouldAnonymiseAndTheRealRunAsksFirst() throws Exception {
        // a support ended long ago (the oldest of the list: on its first page whatever else is due)
        String closedName = "=Clos" + CaseFiles.unique("");
        long measure = CaseFiles.householdWithMeasure(closedName);
        long closed = CaseFiles.householdOf(measure);
        TestDatabase.execute("update measure set status = 'ENDED', start_date = date '1989-03-13', end_date = date '1990-03-12' where id = " + measure);
        String closedReference = TestDatabase.text("select reference from household where id = " + closed);
        // a household known only by a referral refused long ago
        String refusedName = CaseFiles.unique("Refus");
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long refused = CaseFiles.id(CaseFiles.COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"members\":[{\"lastName\":\"" + refusedName + "\",\"firstName\":\"Léon\",\"birthDate\":\"1970-01-02\","
                + "\"relationship\":\"HEAD\"}]}"));
        long programme = TestDatabase.count("select id from programme where code = 'ASLD-IML-CLASSIQUE'");
        JsonObject referral = CaseFiles.object(CaseFiles.COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":"
                + refused + ",\"programmeId\":" + programme + ",\"orientingBody\":\"SIAO\",\"receivedOn\":\"1991-04-01\"}"));
        TestDatabase.execute("update referral set status = 'REFUSED', decided_on = date '1991-05-02', decision_reason = 'Hors critères' where id = "
                + referral.getJsonNumber("id"));
        String refusedReference = TestDatabase.text("select reference from household where id = " + refused);

        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/admin/privacy.xhtml");
        assertTrue(browser.findElements(By.id("filesDueForm:filesDue")).isEmpty(), "listed only once asked for");
        visible(By.id("retention:dryRun")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filesDueForm:filesDue"), closedReference));
        String closedRow = visible(By.xpath("//tbody[@id='filesDueForm:filesDue_data']/tr[contains(., '"
                + closedReference + "')]")).getText();
        assertTrue(closedRow.contains(closedName.toUpperCase() + " Inès"), closedRow);
        assertTrue(closedRow.contains("Accompagnement terminé le 12/03/1990"), closedRow);
        int months = (int) TestDatabase.count("select retention_months from retention_rule where category = 'CLOSED_CASE'");
        String due = java.time.LocalDate.of(1990, 3, 12).plusMonths(months)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(closedRow.contains(due), closedRow + " due " + due);
        String refusedRow = visible(By.xpath("//tbody[@id='filesDueForm:filesDue_data']/tr[contains(., '"
                + refusedReference + "')]")).getText();
        assertTrue(refusedRow.contains(refusedName.toUpperCase() + " Léon")
                && refusedRow.contains("Orientation refusée ou retirée le 02/05/1991"), refusedRow);
        // paged in the database
        assertTrue(visible(By.cssSelector("#filesDueForm\\:filesDue .ui-paginator-current")).getText().contains("/"));
        screenshot("retention-dry-run");

        // exported as CSV, the formula made inert
        press(By.id("filesDueForm:csv"));
        String csv = Files.readString(downloaded("anonymisations-prevues.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(closedReference) && csv.contains("\"'" + closedName.toUpperCase() + " Inès\""), csv);
        assertTrue(csv.contains("Accompagnement terminé le 12/03/1990"), csv);

        // a dry run changed nothing; the real run asks first, and "no" leaves everything as it was
        press(By.id("retention:apply"));
        visible(By.cssSelector(".ui-confirmdialog-no")).click();
        assertEquals(1, TestDatabase.count("select count(*) from household where id = " + closed
                + " and anonymised_on is null"));
        assertEquals(1, TestDatabase.count("select count(*) from person where household_id = " + refused
                + " and last_name = '" + refusedName + "'"));

        // in English
        choose("language:lang", "English");
        // the page is drawn again in English: the button is pressed on the new page, not the one going away
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("retention:dryRun"), "Dry run"));
        wait.until(d -> {
            d.findElement(By.id("retention:dryRun")).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filesDueForm:filesDue"),
                "Support ended on 12 Mar 1990"));
        String english = browser.findElement(By.tagName("body")).getText();
        assertTrue(english.contains("Referral refused or withdrawn on 02 May 1991"), english);
        assertTrue(english.contains("Due for anonymisation since") && !english.contains("???"), english);
    }
}
