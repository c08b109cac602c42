package org.ancrage.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A button pressed on a row that a list's filter left acts on that row's record: the administrator
 * types a user name in the accounts list's filter and presses the row's edit, reset and unlock
 * buttons at once, as a person does; each dialog opens on THAT account, never on the account the
 * same line held before the filter, and the unlock lifts that account's lock.
 */
class FilteredRowsInTheBrowserIT extends BrowserTest {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(FilteredRowsInTheBrowserIT.class);
    }

    private long account(String username) throws Exception {
        var created = ADMIN.post("/ancrage/api/accounts", "{\"username\":\"" + username + "\",\"displayName\":"
                + "\"Compte " + username + "\",\"password\":\"une phrase de passe assez longue\","
                + "\"roles\":[\"social-worker\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return TestDatabase.count("select id from user_account where username = '" + username + "'");
    }

    /** Types in the user-name filter and presses the button of the row that holds {@code username}. */
    private void filterAndPress(String username, String button) {
        var filter = visible(By.id("accounts:list:username:filter"));
        filter.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), username);
        press(By.xpath("//tbody[@id='accounts:list_data']/tr[contains(., '" + username + "')]//button[contains(@id, ':"
                + button + "')]"));
    }

    @Test
    void aRowButtonPressedAfterTypingInTheFilterActsOnThatAccount() throws Exception {
        String stem = "zz-filtre-" + Long.toString(System.nanoTime(), 36);
        // three accounts: the one looked for is the third of its stem, on whatever page the list puts it
        account(stem + "-a");
        account(stem + "-b");
        String wanted = stem + "-c";
        long id = account(wanted);
        // and accounts sorted first, closed, so that a row index taken from the unfiltered list is another account
        for (int i = 0; i < 3; i++) {
            long closed = account("a0-" + stem + "-" + i);
            TestDatabase.execute("update user_account set active = false where id = " + closed);
        }

        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/admin/accounts.xhtml");
        visible(By.id("accounts:list"));

        filterAndPress(wanted, "edit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm"), wanted));
        assertEquals("Compte " + wanted, visible(By.id("editForm:editDisplayName")).getAttribute("value"));
        typeStably(By.id("editForm:editDisplayName"), "Trouvé par le filtre");
        press(By.id("editForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), wanted));
        assertEquals(1, TestDatabase.count("select count(*) from user_account where id = " + id
                + " and display_name = 'Trouvé par le filtre'"));

        open("app/admin/accounts.xhtml");
        filterAndPress(wanted, "reset");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resetForm"), wanted));

        // a lock on that account: ten failed logins from one address
        TestDatabase.execute("insert into login_event (id, at, username, account_id, address, door, success)"
                + " select -(1000000 * u.id + g), now() - interval '1 minute', lower(u.username), u.id, '203.0.113.7',"
                + " 'CONSOLE', false from user_account u, generate_series(1, 10) g where u.id = " + id);
        open("app/admin/accounts.xhtml");
        filterAndPress(wanted, "unlock");
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "déverrouillé"));
        assertEquals(0, TestDatabase.count("select count(*) from user_account where id = " + id
                + " and locked_until > now()"));
    }
}
