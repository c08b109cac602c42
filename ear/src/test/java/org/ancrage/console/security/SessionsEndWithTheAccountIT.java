package org.ancrage.console.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ancrage.security.PasswordHasher;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sessions do not outlive what the account was when they began: two sessions of one person, the
 * password changed in one — the other lands on the login page at its next request, the one that
 * changed it carries on, and an API client still sending the old password is refused although it
 * was verified (and kept in memory) a moment before. A closed account's session ends likewise.
 */
class SessionsEndWithTheAccountIT extends BrowserTest {

    private static final String FIRST = "première phrase de passe";
    private static final String SECOND = "seconde phrase secrète du soir";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(SessionsEndWithTheAccountIT.class);
    }

    private static String newAccount(String prefix) throws Exception {
        String username = prefix + Long.toString(System.nanoTime(), 36);
        String hash = new PasswordHasher().hash(FIRST.toCharArray());
        long id = TestDatabase.count("insert into user_account (id, username, display_name, password_hash)"
                + " values (nextval('user_account_seq'), '" + username + "', 'Sam Session', '" + hash + "') returning id");
        TestDatabase.execute("insert into user_role (user_account_id, role) values (" + id + ", 'director')");
        return username;
    }

    private String session() {
        return browser.manage().getCookieNamed("JSESSIONID").getValue();
    }

    private void useSession(String id) {
        Cookie current = browser.manage().getCookieNamed("JSESSIONID");
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.manage().addCookie(new Cookie("JSESSIONID", id, current == null ? "/ancrage" : current.getPath()));
    }

    private void loggedIn() {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome"), "Sam Session"));
    }

    @Test
    void aPasswordChangedInOneSessionEndsTheOther() throws Exception {
        String username = newAccount("deux-");
        ApiClient api = ApiClient.as(username, FIRST);
        assertEquals(200, api.get("/ancrage/api/service-units").statusCode(), "verified, and kept in memory");

        logIn(username, FIRST);
        loggedIn();
        String other = session();
        browser.manage().deleteAllCookies();
        logIn(username, FIRST);
        loggedIn();
        String changing = session();
        assertTrue(!other.equals(changing));

        open("app/account/password.xhtml");
        visible(By.id("password:current")).sendKeys(FIRST);
        browser.findElement(By.id("password:newPassword")).sendKeys(SECOND);
        browser.findElement(By.id("password:confirmation")).sendKeys(SECOND);
        browser.findElement(By.id("password:change")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"), "Mot de passe changé."));

        useSession(other);
        open("app/home.xhtml");
        visible(By.id("login-heading"));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());

        useSession(changing);
        open("app/home.xhtml");
        loggedIn();

        assertEquals(401, api.get("/ancrage/api/service-units").statusCode(), "the old password is over on the API too");
        assertEquals(200, ApiClient.as(username, SECOND).get("/ancrage/api/service-units").statusCode());
    }

    @Test
    void aClosedAccountsSessionEndsAtItsNextRequest() throws Exception {
        String username = newAccount("ferme-");
        logIn(username, FIRST);
        loggedIn();
        // Closed from elsewhere (another server of the cluster, the database): seen within the stamps' short cache.
        TestDatabase.execute("update user_account set active = false where username = '" + username + "'");
        Thread.sleep(2_500);
        open("app/home.xhtml");
        visible(By.id("login-heading"));
    }
}
