package org.ancrage.console.rent;

import static org.ancrage.testing.CaseFiles.MANAGER;
import static org.ancrage.testing.CaseFiles.householdOf;
import static org.ancrage.testing.CaseFiles.householdWithMeasure;
import static org.ancrage.testing.CaseFiles.id;
import static org.ancrage.testing.CaseFiles.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A rental manager's day in Chromium: a household placed on the 17th of a 30-day month, the month's
 * call issued from its account (14/30 days), a partial payment by cheque with its reference, a
 * negative amount refused at the field, a mistaken payment cancelled by its reversal with a reason,
 * the lease-transfer dialog warning of the debt, the departure, and the debt left followed on a
 * repayment plan from the account of the dwelling left; the statement reads in words and euros.
 */
class RentalManagersDayInTheBrowserIT extends BrowserTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(RentalManagersDayInTheBrowserIT.class);
    }

    private void openHousing(long household) {
        open("app/files/household.xhtml?id=" + household);
        visible(By.id("fileTitle"));
        openTab("Logement et loyer");
    }

    /** An amount field (autoNumeric formats as it types): typed until it starts with what was typed. */
    private void amount(String id, String digits) {
        wait.until(driver -> {
            try {
                WebElement field = driver.findElement(By.id(id));
                if (!field.isDisplayed()) {
                    return false;
                }
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, digits);
                return field.getAttribute("value").replace(" ", "").startsWith(digits);
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
    }

    private void growlSays(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
    }

    private String text(By by) {
        return visible(by).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void placedMidMonthCalledPaidCorrectedLeftAndTheDebtFollowedOnAPlan() throws Exception {
        String name = unique("Journee");
        long measure = householdWithMeasure(name);
        long household = householdOf(measure);
        long landlord = id(MANAGER.post("/ancrage/api/landlords", "{\"kind\":\"PRIVATE\",\"name\":\"SCI " + name + "\"}"));
        long dwelling = id(MANAGER.post("/ancrage/api/dwellings", "{\"landlordId\":" + landlord + ",\"serviceUnitId\":"
                + TestDatabase.count("select id from service_unit where code = 'NORD'") + ",\"address\":\"5 rue "
                + name + "\",\"postcode\":\"55100\",\"city\":\"Verdun\",\"size\":\"T2\",\"surface\":41,\"floor\":1,"
                + "\"rent\":390.00,\"charges\":40.00,\"programmeId\":"
                + TestDatabase.count("select id from programme where code = 'ASLD-IML-CLASSIQUE'") + "}"));
        assertEquals(201, MANAGER.post("/ancrage/api/dwellings/" + dwelling + "/contracts", "{\"kind\":\"MAIN_LEASE\","
                + "\"start\":\"2026-01-01\",\"rent\":390.00,\"guarantee\":\"VISALE\",\"guaranteeReference\":\"V-9\"}")
                .statusCode());

        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        visible(By.id("fileTitle"));

        // Placed on the 17th of November (30 days), rent and charges from the dwelling, no benefit declared.
        visible(By.id("file:place")).click();
        visible(By.id("placementDialog"));
        choose("placementForm:dwelling", "5 rue " + name + ", 55100 Verdun");
        wait.until(driver -> {
            try {
                return !driver.findElement(By.id("placementForm:rent_input")).getAttribute("value").isEmpty();
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
        typeStably(By.id("placementForm:start_input"), "17/11/2026");
        browser.findElement(By.id("placementForm:save")).click();
        growlSays("placé");
        long occupancy = TestDatabase.count("select id from occupancy where household_id = " + household);

        // The month's call from its account: 14 days out of 30.
        openTab("Logement et loyer");
        visible(By.id("file:tabs:issueCall")).click();
        visible(By.id("callDialog"));
        choose("callForm:month", "novembre 2026");
        press(By.id("callForm:save"));
        growlSays("au prorata");
        assertEquals(1, TestDatabase.count("select count(*) from rent_call where occupancy_id = " + occupancy
                + " and month = date '2026-11-01' and days_called = 14 and days_in_month = 30 and amount_due = 200.67"));
        openTab("Logement et loyer");
        textShows(By.id("file:tabs:statement"), "Appel de loyer novembre 2026");
        textShows(By.id("file:tabs:statement"), "14/30 jours");
        textShows(By.id("file:tabs:balanceAmount"), "200,67 €");

        // A partial payment by cheque, with its reference.
        visible(By.id("file:pay")).click();
        visible(By.id("paymentDialog"));
        amount("paymentForm:amount_input", "150");
        choose("paymentForm:method", "chèque");
        typeStably(By.id("paymentForm:reference"), "CHQ 1234567");
        press(By.id("paymentForm:save"));
        growlSays("Paiement enregistré");
        assertEquals(1, TestDatabase.count("select count(*) from payment where occupancy_id = " + occupancy
                + " and amount = 150.00 and method = 'CHEQUE' and reference = 'CHQ 1234567'"));

        // A payment recorded by mistake, cancelled by its reversal with the reason.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("paymentDialog_modal")));
        visible(By.id("file:pay")).click();
        visible(By.id("paymentDialog"));
        amount("paymentForm:amount_input", "300");
        choose("paymentForm:method", "virement");
        typeStably(By.id("paymentForm:reference"), "VIR-ERREUR");
        press(By.id("paymentForm:save"));
        growlSays("Paiement enregistré");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("paymentDialog_modal")));
        openTab("Logement et loyer");
        press(By.xpath("//tr[contains(., 'VIR-ERREUR')]//button[contains(@id, 'reverse')]"));
        visible(By.id("reversalDialog"));
        typeStably(By.id("reversalForm:reason"), "Virement rejeté par la banque");
        press(By.id("reversalForm:save"));
        growlSays("écriture inverse");
        assertEquals(1, TestDatabase.count("select count(*) from payment where occupancy_id = " + occupancy
                + " and amount = -300.00 and reason = 'Virement rejeté par la banque'"));
        openTab("Logement et loyer");
        textShows(By.id("file:tabs:statement"), "Annulation d’un paiement (virement)");
        String statement = text(By.id("file:tabs:statement"));
        assertTrue(statement.contains("Paiement Ménage, chèque"), statement);
        assertTrue(statement.contains("Référence CHQ 1234567"), statement);
        assertTrue(statement.contains("motif : Virement rejeté par la banque"), statement);
        assertTrue(statement.contains("50,67 €"), statement);
        assertFalse(statement.contains("HOUSEHOLD") || statement.contains("2026-11"), statement);
        textShows(By.id("file:tabs:balanceAmount"), "50,67 €");
        screenshot("rent-statement");

        // The lease-transfer dialog warns of the debt; the household leaves today instead.
        visible(By.id("file:tabs:transfer")).click();
        visible(By.id("transferDialog"));
        textShows(By.id("transferForm:owesText"), "50,67 €");
        screenshot("transfer-warns-of-debt");
        visible(By.xpath("//*[@id='transferDialog']//a[contains(@class, 'ui-dialog-titlebar-close')]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("transferDialog")));
        visible(By.id("file:tabs:leave")).click();
        visible(By.id("leaveDialog"));
        typeStably(By.id("leaveForm:exitState"), "Bon état, clés rendues");
        press(By.id("leaveForm:save"));
        visible(By.id("leaveForm:yes")).click();
        growlSays("Sortie du logement enregistrée");

        // The account of the dwelling left stays in the file: the debt followed on a plan, a payment towards it.
        openTab("Logement et loyer");
        textShows(By.id("file:tabs:past:0:pastEnded"), "sorti le " + org.ancrage.system.AssociationClock.today().format(SHOWN));
        textShows(By.id("file:tabs:past:0:balanceAmount"), "50,67 €");
        press(By.id("file:tabs:past:0:agreePlan"));
        visible(By.id("planDialog"));
        amount("planForm:count_input", "2");
        press(By.id("planForm:save"));
        growlSays("Plan d’apurement enregistré");
        assertEquals(1, TestDatabase.count("select count(*) from repayment_plan where occupancy_id = " + occupancy
                + " and debt = 50.67"));
        openTab("Logement et loyer");
        press(By.id("file:tabs:past:0:payLeft"));
        visible(By.id("paymentDialog"));
        amount("paymentForm:amount_input", "25");
        choose("paymentForm:method", "espèces");
        typeStably(By.id("paymentForm:reference"), "Reçu 42");
        wait.until(driver -> {
            try {
                driver.findElement(By.id("paymentForm:plan")).click();
                visible(By.xpath("//*[@id='paymentForm:plan_panel']//li[2]")).click();
                return driver.findElement(By.id("paymentForm:plan_label")).getText().startsWith("Plan en cours");
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
        press(By.id("paymentForm:save"));
        growlSays("Paiement enregistré");
        assertEquals(1, TestDatabase.count("select count(*) from payment p join repayment_plan r on r.id ="
                + " p.repayment_plan_id where p.occupancy_id = " + occupancy + " and p.amount = 25.00"));
        openTab("Logement et loyer");
        textShows(By.id("file:tabs:past:0:balanceAmount"), "25,67 €");
        textShows(By.id("file:tabs:past:0:plans"), "25,67 €");
        screenshot("rent-after-departure");

        // A negative amount is refused at the field: nothing recorded (it used to become 20,00 €).
        press(By.id("file:tabs:past:0:payLeft"));
        visible(By.id("paymentDialog"));
        amount("paymentForm:amount_input", "-20");
        press(By.id("paymentForm:save"));
        try {
            textShows(By.id("paymentForm"), "supérieur à zéro");
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("rent-negative-amount-failure");
            throw new AssertionError("payments=" + TestDatabase.text("select string_agg(amount::text, ',')"
                    + " from payment where occupancy_id = " + occupancy) + " form=" + browser.findElement(
                    By.id("paymentForm")).getText(), e);
        }
        screenshot("rent-negative-amount-refused");
        assertEquals(0, TestDatabase.count("select count(*) from payment where occupancy_id = " + occupancy
                + " and amount = 20.00"));
    }
}
