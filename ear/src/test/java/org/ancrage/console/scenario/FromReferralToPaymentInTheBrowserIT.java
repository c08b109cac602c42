package org.ancrage.console.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A household's path through the console, each step by the role that takes it, in Chromium: the
 * coordinator receives a referral and admits it, which opens the measure; the social worker logs a
 * home visit, writes the evaluation and renews; the next renewal is refused with the programme's
 * reason; the rental manager places the household and records a payment; a funder cannot open
 * the file.
 */
class FromReferralToPaymentInTheBrowserIT extends BrowserTest {

    private static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);
    private static final ApiClient MANAGER = ApiClient.as("gestion", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(FromReferralToPaymentInTheBrowserIT.class);
    }

    private static long id(HttpResponse<String> response) {
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        return (body.containsKey("household") ? body.getJsonObject("household") : body).getJsonNumber("id").longValue();
    }

    /** The file's tabs are drawn again after each action: back to the measures. */
    private void measuresTab() throws Exception {
        try {
            visible(tab("Mesures")).click();
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("scenario-failure");
            throw e;
        }
    }

    private void growlSays(String text) throws Exception {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("scenario-failure"); // what the page said instead
            throw e;
        }
    }

    @Test
    void aHouseholdFromReferralToItsFirstPayment() throws Exception {
        String name = "Parcours-" + Long.toString(System.nanoTime(), 36);
        String address = "12 rue du " + name;
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long household = id(COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"residenceStatusValidUntil\":\"2031-01-01\",\"members\":[{\"lastName\":\"" + name
                + "\",\"firstName\":\"Lina\",\"birthDate\":\"1992-07-14\",\"sex\":\"F\",\"relationship\":\"HEAD\"}]}"));
        long programme = TestDatabase.count("select id from programme where code = 'ALSA-IML-SOUS-LOCATION'");
        long landlord = id(MANAGER.post("/ancrage/api/landlords", "{\"kind\":\"PRIVATE\",\"name\":\"SCI " + name + "\"}"));
        long dwelling = id(MANAGER.post("/ancrage/api/dwellings", "{\"landlordId\":" + landlord + ",\"serviceUnitId\":"
                + nord + ",\"address\":\"" + address + "\",\"postcode\":\"55100\",\"city\":\"Verdun\",\"size\":\"T2\","
                + "\"surface\":40,\"floor\":0,\"rent\":400.00,\"charges\":50.00,\"programmeId\":" + programme + "}"));
        assertEquals(201, MANAGER.post("/ancrage/api/dwellings/" + dwelling + "/contracts", "{\"kind\":\"MAIN_LEASE\","
                + "\"start\":\"2026-01-01\",\"rent\":400.00,\"guarantee\":\"VISALE\",\"guaranteeReference\":\"V-9\"}")
                .statusCode());
        String file = "app/files/household.xhtml?id=" + household;

        // The coordinator receives the referral from the file, then admits it from the waiting list.
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("capacity"));
        open(file);
        visible(By.id("file:receiveReferral")).click();
        choose("referralForm:programme", "IML en sous-location (ALSA)");
        browser.findElement(By.id("referralForm:save")).click();
        growlSays("liste d’attente");
        visible(By.id("navReferrals")).click();
        choose("referrals:programme", "IML en sous-location (ALSA)");
        visible(By.xpath("//tr[contains(., '" + name.toUpperCase() + "')]//button[contains(@id, 'admit')]")).click();
        choose("admitForm:referent", "Thomas Travailleur social");
        browser.findElement(By.id("admitForm:save")).click();
        growlSays("la mesure est ouverte");
        screenshot("referrals");
        visible(By.id("navHome")).click();
        visible(By.id("waiting"));
        browser.findElement(By.id("topbar:logout")).click();

        // The social worker visits, evaluates, renews; the next renewal needs a derogation.
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open(file);
        measuresTab();
        visible(By.cssSelector("button[id$='logContact']")).click();
        visible(By.id("contactForm:save")).click();
        growlSays("Contact enregistré");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contactDialog_modal")));
        for (int renewal = 1; renewal <= 2; renewal++) {
            measuresTab();
            visible(By.cssSelector("button[id$='evaluate']")).click();
            String assessment = "Bilan " + renewal + " : budget tenu, recherche de logement.";
            // The dialog's form is drawn again as it opens: type until the text stays.
            try {
                wait.until(driver -> {
                try {
                    var field = driver.findElement(By.id("evaluationForm:assessment"));
                    if (field.isDisplayed() && !assessment.equals(field.getAttribute("value"))) {
                        field.clear();
                        field.sendKeys(assessment);
                    }
                    return assessment.equals(driver.findElement(By.id("evaluationForm:assessment"))
                            .getAttribute("value"));
                } catch (org.openqa.selenium.WebDriverException redrawn) {
                    return false;
                }
            });
            } catch (org.openqa.selenium.TimeoutException e) {
                var f = browser.findElement(By.id("evaluationForm:assessment"));
                screenshot("scenario-failure");
                throw new AssertionError("displayed=" + f.isDisplayed() + " value=" + f.getAttribute("value")
                        + " dialog=" + browser.findElement(By.id("evaluationDialog")).isDisplayed(), e);
            }
            browser.findElement(By.id("evaluationForm:save")).click();
            growlSays("Bilan enregistré");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("evaluationDialog_modal")));
            measuresTab();
            visible(By.cssSelector("button[id$='renew']")).click();
            visible(By.id("renewalDialog"));
            if (renewal == 1) {
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalForm:stepText"), "6 mois"));
                visible(By.id("renewalForm:save")).click();
                growlSays("Mesure renouvelée");
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("renewalDialog_modal")));
            }
        }
        // The programme's next step needs the DDETSPP's derogation: the dialog asks for it, and refuses without it.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalForm:derogationText"),
                "dérogation (DDETSPP)"));
        browser.findElement(By.id("renewalForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalForm"), "obligatoire"));
        screenshot("renewal-refused");
        browser.findElement(By.cssSelector("#renewalDialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("renewalDialog_modal")));
        browser.findElement(By.id("topbar:logout")).click();

        // The rental manager places the household and records its first payment.
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open(file);
        visible(By.id("file:place")).click();
        visible(By.id("placementDialog"));
        choose("placementForm:dwelling", address + ", 55100 Verdun");
        // Rent and charges come from the dwelling chosen.
        wait.until(driver -> {
            try {
                return !driver.findElement(By.id("placementForm:rent_input")).getAttribute("value").isEmpty();
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return false;
            }
        });
        browser.findElement(By.id("placementForm:save")).click();
        growlSays("placé");
        visible(By.id("file:pay")).click();
        visible(By.id("paymentDialog"));
        wait.until(driver -> {
            try {
                var amount = driver.findElement(By.id("paymentForm:amount_input"));
                if (amount.getAttribute("value").isEmpty()) {
                    amount.click();
                    amount.sendKeys("120");
                }
                return amount.getAttribute("value").startsWith("120");
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                return false;
            }
        });
        browser.findElement(By.id("paymentForm:save")).click();
        growlSays("Paiement enregistré");
        assertEquals(1, TestDatabase.count("select count(*) from payment where household_id = " + household
                + " and amount = 120.00"));
        browser.findElement(tab("Logement et loyer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dwellingAddress"), address));
        screenshot("placed-and-paid");
        browser.findElement(By.id("topbar:logout")).click();

        // A funder never opens the file.
        logIn("financeur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open(file);
        visible(By.tagName("h1"));
        assertFalse(browser.getPageSource().contains(name.toUpperCase()));
    }
}
