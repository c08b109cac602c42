package org.ancrage.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator creates a social worker's account in Chromium: a short password is refused
 * with the policy's reason and nothing is created; a good one gives an account that logs in; the
 * account is closed, and then refused at login. Then an account's roles and e-mail are edited on
 * the version read (a stale edit refused), a lock is shown with its end and lifted, a temporary
 * password is given (asked twice), and its owner reaches only the password page until they choose
 * their own.
 */
class AccountsInTheBrowserIT extends BrowserTest {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final String FIRST = "une phrase de passe assez longue";
    private static final String TEMPORARY = "provisoire du lundi matin";
    private static final String MINE = "ma propre phrase de passe";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AccountsInTheBrowserIT.class);
    }

    private void fill(String username, String password) {
        var field = visible(By.id("accountForm:username"));
        field.clear();
        field.sendKeys(username);
        var name = browser.findElement(By.id("accountForm:displayName"));
        name.clear();
        name.sendKeys("Nadia Nouvelle");
        browser.findElement(By.id("accountForm:password")).sendKeys(password);
        var socialWorker = browser.findElement(By.xpath("//label[normalize-space(.)='Travailleur social']"));
        if (!browser.findElement(By.cssSelector("input[value='social-worker']")).isSelected()) {
            socialWorker.click();
        }
        browser.findElement(By.id("accountForm:create")).click();
    }

    @Test
    void anAdministratorCreatesAnAccountThatLogsInThenClosesIt() throws Exception {
        // sorted first among the accounts (the list is by user name, twenty a page, and the suite makes many)
        String username = "a0-nadia-" + Long.toString(System.nanoTime(), 36);
        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navAccounts")).click();

        fill(username, "court");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountForm:messages"), "au moins 12"));
        assertTrue(!browser.findElement(By.id("accounts:list")).getText().contains(username));

        fill(username, "une phrase de passe assez longue");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:list"), username));
        screenshot("accounts");
        browser.findElement(By.id("topbar:logout")).click();

        logIn(username, "une phrase de passe assez longue");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome"), "Nadia Nouvelle"));
        browser.findElement(By.id("topbar:logout")).click();

        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navAccounts")).click();
        visible(By.xpath("//tr[contains(., '" + username + "')]//button[contains(@id, 'deactivate')]")).click();
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "fermé"));
        browser.findElement(By.id("topbar:logout")).click();
        logIn(username, "une phrase de passe assez longue");
        visible(By.cssSelector("#login\\:messages .ui-messages-error-summary"));
    }

    private static JsonObject object(java.net.http.HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** The account's row, the list filtered on its user name when another page holds it (the suite makes many). */
    private WebElement rowOf(String username) {
        By row = By.xpath("//tbody[@id='accounts:list_data']/tr[contains(., '" + username + "')]");
        if (browser.findElements(row).isEmpty()) {
            var filter = visible(By.id("accounts:list:username:filter"));
            filter.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), username);
        }
        return visible(row);
    }

    private void accountsPage() {
        open("app/admin/accounts.xhtml");
        visible(By.id("accounts:list"));
    }

    @Test
    void anAdministratorTiesAFunderAccountToItsFunderWhoseProgrammesItThenReads() throws Exception {
        String username = "zz-fin-" + Long.toString(System.nanoTime(), 36);
        var created = ADMIN.post("/ancrage/api/accounts", "{\"username\":\"" + username + "\",\"displayName\":"
                + "\"Financeur Navigateur\",\"password\":\"" + FIRST + "\",\"roles\":[\"funder-viewer\"]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonNumber("id").longValue();

        // tied to none, it reads no programme, and its page says why
        logIn(username, FIRST);
        visible(By.id("navStatistics")).click();
        textShows(By.id("statistics:funderScope"), "rattaché à aucun financeur");
        browser.findElement(By.id("topbar:logout")).click();

        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        accountsPage();
        rowOf(username).findElement(By.xpath(".//button[contains(@id, ':edit')]")).click();
        visible(By.id("editForm:editDisplayName"));
        choose("editForm:editFunder", "CAF");
        press(By.id("editForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "modifié"));
        assertEquals("CAF", TestDatabase.text("select funder from user_account where id = " + id));
        assertTrue(rowOf(username).getText().contains("CAF"), rowOf(username).getText());
        browser.findElement(By.id("topbar:logout")).click();

        logIn(username, FIRST);
        visible(By.id("navStatistics")).click();
        textShows(By.id("statistics:funderScope"), "financés par CAF");
    }

    @Test
    void anAdministratorEditsRolesAndEmailUnlocksAndResetsWithAChangeForcedAtNextLogin() throws Exception {
        String username = "ines-" + Long.toString(System.nanoTime(), 36);
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        var created = ADMIN.post("/ancrage/api/accounts", "{\"username\":\"" + username + "\",\"displayName\":"
                + "\"Inès Navigateur\",\"password\":\"" + FIRST + "\",\"roles\":[\"social-worker\"],\"serviceUnitId\":"
                + nord + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonNumber("id").longValue();

        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        accountsPage();

        // roles and e-mail, on the version read
        rowOf(username).findElement(By.xpath(".//button[contains(@id, ':edit')]")).click();
        visible(By.id("editForm:editDisplayName"));
        visible(By.xpath("//*[@id='editForm:editRoles']//label[normalize-space(.)='Coordination']")).click();
        typeStably(By.id("editForm:editEmail"), "pas-une-adresse");
        press(By.id("editForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm"), "Adresse électronique invalide"));
        typeStably(By.id("editForm:editEmail"), "ines@example.org");
        visible(By.xpath("//*[@id='editForm:editEmailAlerts']//div[contains(@class, 'ui-chkbox-box')]")).click();
        press(By.id("editForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "modifié"));
        assertEquals(1, TestDatabase.count("select count(*) from user_account where id = " + id
                + " and email = 'ines@example.org' and email_alerts"));
        assertEquals(2, TestDatabase.count("select count(*) from user_role where user_account_id = " + id));

        // a stale edit is refused, nothing overwritten
        rowOf(username).findElement(By.xpath(".//button[contains(@id, ':edit')]")).click();
        visible(By.id("editForm:editDisplayName"));
        JsonObject current = object(ADMIN.get("/ancrage/api/accounts/" + id));
        assertEquals(200, ADMIN.put("/ancrage/api/accounts/" + id, "{\"version\":" + current.getJsonNumber("version")
                + ",\"displayName\":\"Changé ailleurs\",\"roles\":[\"social-worker\"],\"serviceUnitId\":" + nord + "}")
                .statusCode());
        typeStably(By.id("editForm:editDisplayName"), "Changé ici");
        press(By.id("editForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm:messages"),
                "modifié par quelqu’un d’autre"));
        assertEquals(1, TestDatabase.count("select count(*) from user_account where id = " + id
                + " and display_name = 'Changé ailleurs'"));

        // a lock is shown with its end, and lifted
        // a lock: ten failed logins of this name from one address (the throttle reads the login events)
        TestDatabase.execute("insert into login_event (id, at, username, account_id, address, door, success)"
                + " select -(1000000 * u.id + g), now() - interval '1 minute', lower(u.username), u.id, '203.0.113.9',"
                + " 'CONSOLE', false from user_account u, generate_series(1, 10) g where u.id = " + id);
        accountsPage();
        assertTrue(rowOf(username).getText().contains("Verrouillé jusqu’au"), rowOf(username).getText());
        rowOf(username).findElement(By.xpath(".//button[contains(@id, ':unlock')]")).click();
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "déverrouillé"));
        assertEquals(0, TestDatabase.count("select count(*) from user_account where id = " + id
                + " and locked_until > now()"));

        // a temporary password, asked for twice, refused when too short
        rowOf(username).findElement(By.xpath(".//button[contains(@id, ':reset')]")).click();
        typeStably(By.id("resetForm:temporaryPassword"), "court");
        press(By.id("resetForm:confirmReset"));
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resetForm"), "au moins 12"));
        typeStably(By.id("resetForm:temporaryPassword"), TEMPORARY);
        press(By.id("resetForm:confirmReset"));
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "réinitialisé"));
        screenshot("accounts-reset");
        browser.findElement(By.id("topbar:logout")).click();

        // the temporary password opens only the password page, until a password of one's own is chosen
        logIn(username, TEMPORARY);
        visible(By.id("password:mustChange"));
        open("app/home.xhtml");
        visible(By.id("password:mustChange"));
        assertTrue(browser.getCurrentUrl().contains("password.xhtml"), browser.getCurrentUrl());
        visible(By.id("password:current")).sendKeys(TEMPORARY);
        browser.findElement(By.id("password:newPassword")).sendKeys(MINE);
        browser.findElement(By.id("password:confirmation")).sendKeys(MINE);
        browser.findElement(By.id("password:change")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"), "changé"));
        open("app/home.xhtml");
        visible(By.id("welcome"));
        assertEquals(0, TestDatabase.count("select count(*) from user_account where id = " + id
                + " and must_change_password"));
    }
}
