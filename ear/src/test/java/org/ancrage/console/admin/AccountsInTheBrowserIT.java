package org.ancrage.console.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator creates a social worker's account in Chromium: a short password is refused
 * with the policy's reason and nothing is created; a good one gives an account that logs in; the
 * account is closed, and then refused at login.
 */
class AccountsInTheBrowserIT extends BrowserTest {

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
        String username = "nadia-" + Long.toString(System.nanoTime(), 36);
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
}
