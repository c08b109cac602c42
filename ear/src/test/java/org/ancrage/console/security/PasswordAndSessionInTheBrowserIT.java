package org.ancrage.console.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ancrage.security.PasswordHasher;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A member of staff changes their own password in Chromium (a wrong current password, a password
 * the policy refuses and two entries that differ each said at their field; then the change, and
 * only the new password logs in); a session that expired sends an Ajax click or a link to the
 * login page with a notice, never to an error page, and the login leads back to that page.
 */
class PasswordAndSessionInTheBrowserIT extends BrowserTest {

    private static final String FIRST = "première phrase de passe";
    private static final String SECOND = "seconde phrase secrète du matin";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(PasswordAndSessionInTheBrowserIT.class);
    }

    /** An account of this test's own: changing a demo user's password would lock other tests out. */
    private static String newAccount(String prefix) throws Exception {
        String username = prefix + Long.toString(System.nanoTime(), 36);
        String hash = new PasswordHasher().hash(FIRST.toCharArray());
        long id = TestDatabase.count("insert into user_account (id, username, display_name, password_hash)"
                + " values (nextval('user_account_seq'), '" + username + "', 'Sonia Secret', '" + hash + "') returning id");
        TestDatabase.execute("insert into user_role (user_account_id, role) values (" + id + ", 'social-worker')");
        return username;
    }

    /** Logs in on the login page the browser was sent to, as the user would (not a fresh one). */
    private void logInHere(String username, String password) {
        visible(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private void change(String current, String newPassword, String confirmation) {
        wait.until(driver -> {
            try {
                var field = driver.findElement(By.id("password:current"));
                field.clear();
                field.sendKeys(current);
                var next = driver.findElement(By.id("password:newPassword"));
                next.clear();
                next.sendKeys(newPassword);
                var again = driver.findElement(By.id("password:confirmation"));
                again.clear();
                again.sendKeys(confirmation);
                return true;
            } catch (StaleElementReferenceException drawnAgain) {
                return false;
            }
        });
        browser.findElement(By.id("password:change")).click();
    }

    private void saysAtField(String fieldId, String text) {
        wait.until(driver -> {
            try {
                return driver.findElement(By.id(fieldId + "Message")).getText().contains(text);
            } catch (StaleElementReferenceException drawnAgain) {
                return false;
            }
        });
    }

    @Test
    void aMemberOfStaffChangesTheirOwnPassword() throws Exception {
        String username = newAccount("sonia-");
        logIn(username, FIRST);
        visible(By.id("welcome"));
        visible(By.id("topbar:changePassword")).click();

        change("pas le bon mot de passe", SECOND, SECOND);
        saysAtField("password:current", "Le mot de passe actuel est incorrect.");

        change(FIRST, "court", "court");
        saysAtField("password:newPassword", "au moins 12 caractères");

        change(FIRST, SECOND, SECOND + " bis");
        saysAtField("password:confirmation", "Les deux saisies du nouveau mot de passe diffèrent.");

        change(FIRST, SECOND, SECOND);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"), "Mot de passe changé."));
        screenshot("password-changed");
        browser.findElement(By.id("topbar:logout")).click();

        logIn(username, FIRST);
        visible(By.cssSelector("#login\\:messages .ui-messages-error-summary"));
        logIn(username, SECOND);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome"), "Sonia Secret"));
    }

    @Test
    void anAjaxClickAfterTheSessionExpiredLandsOnTheLoginPageWithANotice() throws Exception {
        String username = newAccount("expire-");
        logIn(username, FIRST);
        visible(By.id("welcome"));
        visible(By.id("topbar:changePassword")).click();
        visible(By.id("password:change"));

        // The server forgot the session (expiry, restart): the browser's cookie leads nowhere.
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("password:change")).click();

        wait.until(ExpectedConditions.urlContains("login.xhtml?expired=true"));
        String notice = visible(By.id("expired")).getText();
        assertTrue(notice.contains("Votre session a expiré"), notice);
        assertFalse(browser.getPageSource().contains("Exception"), "no error page");
        screenshot("session-expired");

        // The login leads back to the page where the session expired.
        logInHere(username, FIRST);
        wait.until(ExpectedConditions.urlContains("/app/account/password.xhtml"));
        visible(By.id("password:change"));
    }

    @Test
    void anAjaxClickOnAViewTheServerNoLongerHoldsLandsOnTheLoginPageWithANotice() throws Exception {
        String username = newAccount("vue-");
        logIn(username, FIRST);
        visible(By.id("welcome"));
        visible(By.id("topbar:changePassword")).click();
        visible(By.id("password:change"));

        // The session lives on, but the page's state is gone from it (too many pages open since).
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (state) { state.value = 'oublie'; });");
        browser.findElement(By.id("password:change")).click();

        wait.until(ExpectedConditions.urlContains("login.xhtml?expired=true"));
        assertTrue(visible(By.id("expired")).getText().contains("Votre session a expiré"));
        assertFalse(browser.getPageSource().contains("Exception"), "no error page");
    }

    @Test
    void aLinkFollowedAfterTheSessionExpiredLandsOnTheLoginPageWithANotice() throws Exception {
        String username = newAccount("lien-");
        logIn(username, FIRST);
        visible(By.id("welcome"));

        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        browser.manage().deleteCookie(session);
        browser.manage().addCookie(new Cookie(session.getName(), "expired" + session.getValue(), session.getPath()));
        visible(By.id("topbar:changePassword")).click();

        wait.until(ExpectedConditions.urlContains("login.xhtml?expired=true"));
        assertTrue(visible(By.id("expired")).getText().contains("Votre session a expiré"));
        logInHere(username, FIRST);
        wait.until(ExpectedConditions.urlContains("/app/account/password.xhtml"));
        browser.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("loggedOut=true"));

        // Someone who never logged in is just asked to: no word of an expiry.
        browser.manage().deleteAllCookies();
        open("app/home.xhtml");
        visible(By.id("login-heading"));
        assertTrue(browser.findElements(By.id("expired")).isEmpty());
    }
}
