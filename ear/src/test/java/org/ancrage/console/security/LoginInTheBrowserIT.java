package org.ancrage.console.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Logging in to the console, as staff do every morning, in a real Chromium. */
class LoginInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(LoginInTheBrowserIT.class);
    }

    @Test
    void aProtectedPageLeadsToTheLoginPageInFrench() throws Exception {
        open("app/home.xhtml");
        visible(By.id("login-heading"));
        assertEquals("Connexion à Ancrage", browser.findElement(By.id("login-heading")).getText());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        screenshot("login");
    }

    @Test
    void wrongPasswordIsToldInFrenchWithoutAStackTrace() throws Exception {
        logIn("coordinatrice", "mauvais-mot-de-passe");
        String message = visible(By.cssSelector("#login\\:messages .ui-messages-error-summary")).getText();
        assertEquals("Identifiant ou mot de passe incorrect.", message);
        String page = browser.getPageSource();
        assertFalse(page.contains("Exception"), "no stack trace on the page");
        screenshot("login-failed");
    }

    @Test
    void tenFailedLoginsLockTheAccountAndSaySo() throws Exception {
        // An account of this test's own: locking a demo account would lock other tests out.
        String username = "verrou-" + Long.toString(System.nanoTime(), 36);
        String hash = new org.ancrage.security.PasswordHasher().hash(DemoData.PASSWORD.toCharArray());
        long id = org.ancrage.testing.TestDatabase.count("insert into user_account (id, username, display_name,"
                + " password_hash) values (nextval('user_account_seq'), '" + username + "', 'Verrou', '" + hash
                + "') returning id");
        org.ancrage.testing.TestDatabase.execute("insert into user_role (user_account_id, role) values (" + id
                + ", 'director')");
        for (int i = 0; i < 10; i++) {
            logIn(username, "essai-" + i);
            visible(By.cssSelector("#login\\:messages .ui-messages-error-summary"));
        }
        logIn(username, DemoData.PASSWORD);
        String message = visible(By.cssSelector("#login\\:messages .ui-messages-error-summary")).getText();
        // Issue 13 item 8: the throttle no longer says "account locked" (that told who exists); same words for any name.
        assertTrue(message.startsWith("Trop de tentatives de connexion"), message);
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
        screenshot("login-locked");
    }

    @Test
    void emptyFieldsAreRefusedAtTheField() {
        open("login.xhtml");
        visible(By.id("login:submit")).click();
        String message = visible(By.cssSelector("#login\\:username + script + .ui-message-error, "
                + "#login .ui-message-error")).getText();
        assertTrue(message.contains("obligatoire"), message);
    }

    @Test
    void coordinatorLogsInAndSeesHerHomePageThenLogsOut() throws Exception {
        logIn("coordinatrice", DemoData.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        assertEquals("Bonjour Claire Coordinatrice", visible(By.id("welcome")).getText());
        assertTrue(browser.findElement(By.id("roles")).getText().contains("Coordination"));
        assertTrue(browser.findElement(By.id("caseWork")).isDisplayed());
        assertTrue(browser.findElement(By.id("version")).getText().startsWith("Version "));
        screenshot("home-coordinator");

        browser.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("loggedOut=true"));
        open("app/home.xhtml");
        visible(By.id("login-heading"));
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        open("login.xhtml");
        visible(By.id("login-heading"));
        org.openqa.selenium.Cookie before = browser.manage().getCookieNamed("JSESSIONID");
        logIn("travailleur", DemoData.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        org.openqa.selenium.Cookie after = browser.manage().getCookieNamed("JSESSIONID");
        assertTrue(after != null && (before == null || !before.getValue().equals(after.getValue())),
                "a session fixed before login must not survive it");
        assertTrue(after.isHttpOnly(), "the session cookie is out of scripts' reach");
    }
}
