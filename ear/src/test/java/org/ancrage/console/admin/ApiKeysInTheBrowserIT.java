package org.ancrage.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator issues an API key in the console: name, role, service, expiry; the secret shown
 * once; the key works on the API, its last use appears in the list, and once revoked (after a
 * confirmation) it is refused at its next request. A funder's key is asked for its funder at the
 * funder field, then reads that funder's programmes.
 */
class ApiKeysInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ApiKeysInTheBrowserIT.class);
    }

    @Test
    void anAdministratorIssuesAKeyUsesItAndRevokesIt() throws Exception {
        logIn("administration", DemoData.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        visible(By.id("navApiKeys")).click();
        String name = "Entrepôt " + Long.toString(System.nanoTime(), 36);
        visible(By.id("apiKeyForm:name")).sendKeys(name);
        choose("apiKeyForm:role", "Direction");
        var expiry = browser.findElement(By.id("apiKeyForm:expiresOn_input"));
        expiry.sendKeys(Keys.chord(Keys.CONTROL, "a"), LocalDate.now().plusMonths(6)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ESCAPE);
        browser.findElement(By.id("apiKeyForm:issue")).click();

        String secret = visible(By.id("apiKeyForm:secretValue")).getAttribute("value");
        assertTrue(secret.startsWith("ank_"), secret);
        screenshot("api-key-issued");
        ApiClient key = ApiClient.bearer(secret);
        assertEquals(200, key.get("/ancrage/api/service-units").statusCode());

        open("app/admin/apikeys.xhtml");
        visible(By.id("apiKeys:list"));
        assertFalse(browser.getPageSource().contains(secret), "the secret is shown once only");
        String row = "//tr[td[normalize-space(.)='" + name + "']]";
        assertFalse(browser.findElement(By.xpath(row + "//span[contains(@id, 'lastUsed')]")).getText().equals("Jamais"));

        browser.findElement(By.xpath(row + "//button[contains(@id, 'revoke')]")).click();
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row + "//span[contains(@id, 'state')]"),
                "Révoquée"));
        assertEquals(401, key.get("/ancrage/api/service-units").statusCode());
    }

    @Test
    void aFundersKeyIsRefusedWithoutItsFunderAtTheFunderFieldThenIssuedForIt() throws Exception {
        logIn("administration", DemoData.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        visible(By.id("navApiKeys")).click();
        String name = "Entrepôt DDETSPP " + Long.toString(System.nanoTime(), 36);
        visible(By.id("apiKeyForm:name")).sendKeys(name);
        choose("apiKeyForm:role", "Financeur");
        browser.findElement(By.id("apiKeyForm:issue")).click();
        textShows(By.id("apiKeyForm:funderMessage"), "choisissez son financeur");
        assertTrue(browser.findElements(By.id("apiKeyForm:secretValue")).isEmpty(), "no key issued");
        assertEquals(name, browser.findElement(By.id("apiKeyForm:name")).getAttribute("value"), "what was typed is kept");
        screenshot("api-key-funder-needed");

        choose("apiKeyForm:funder", "État (DDETSPP)");
        browser.findElement(By.id("apiKeyForm:issue")).click();
        String secret = visible(By.id("apiKeyForm:secretValue")).getAttribute("value");
        assertEquals(200, ApiClient.bearer(secret).get("/ancrage/api/statistics?year=2026").statusCode());
        textShows(By.xpath("//tr[td[normalize-space(.)='" + name + "']]"), "État (DDETSPP)");
    }
}
