package org.ancrage.console.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A rental manager registers a dwelling in Chromium: a postcode that is not one is refused at the
 * field and nothing is stored; then the dwelling goes through works and, after a confirmation, back
 * to its landlord.
 */
class DwellingsInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(DwellingsInTheBrowserIT.class);
    }

    private String state(String city) throws Exception {
        return TestDatabase.text("select state from dwelling where city = '" + city + "'");
    }

    private void click(String id, String message) {
        press(By.id(id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:messages"), message));
    }

    @Test
    void aDwellingIsRegisteredThenInWorksThenGivenBack() throws Exception {
        String city = "Essai-" + Long.toString(System.nanoTime(), 36);
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navDwellings")).click();
        visible(By.id("search:register")).click();

        typeStably(By.id("dwellingForm:landlord_input"), "OPH");
        visible(By.cssSelector(".ui-autocomplete-item")).click();
        typeStably(By.id("dwellingForm:address"), "12 rue des Essais");
        typeStably(By.id("dwellingForm:postcode"), "55");
        typeStably(By.id("dwellingForm:city"), city);
        // Number fields format what is typed ("42,00 m²"): typed once, the dialog being drawn by now.
        browser.findElement(By.id("dwellingForm:surface_input")).sendKeys("42");
        browser.findElement(By.id("dwellingForm:rentAmount_input")).sendKeys("380");
        press(By.id("dwellingForm:save"));
        try {
            wait.until(ExpectedConditions.attributeContains(By.id("dwellingForm:postcode"), "class", "ui-state-error"));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("dwelling-form-failure");
            throw new AssertionError("the form says: " + browser.findElement(By.id("dwellingForm")).getText(), e);
        }
        assertEquals(0, TestDatabase.count("select count(*) from dwelling where city = '" + city + "'"));

        typeStably(By.id("dwellingForm:postcode"), "55100");
        press(By.id("dwellingForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:messages"), "enregistré"));
        assertEquals("AVAILABLE", state(city));

        visible(By.id("search:city")).sendKeys(city);
        browser.findElement(By.id("search:find")).click();
        wait.until(d -> d.findElements(By.cssSelector("[id='search:dwellings_data'] > tr")).size() == 1);
        click("search:dwellings:0:startWorks", "en travaux");
        assertEquals("IN_WORKS", state(city));

        visible(By.id("search:dwellings:0:returnToLandlord")).click();
        visible(By.cssSelector(".ui-confirmdialog-no")).click();
        assertEquals("IN_WORKS", state(city), "refused at the confirmation: nothing done");
        visible(By.id("search:dwellings:0:returnToLandlord")).click();
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:messages"), "rendu"));
        assertEquals("RETURNED_TO_LANDLORD", state(city));
        screenshot("dwellings");

        press(By.id("search:dwellings:0:open"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileTitle"), "12 rue des Essais"));
    }
}
