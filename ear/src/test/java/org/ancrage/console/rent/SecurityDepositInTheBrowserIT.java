package org.ancrage.console.rent;

import static org.ancrage.testing.CaseFiles.MANAGER;
import static org.ancrage.testing.CaseFiles.householdOf;
import static org.ancrage.testing.CaseFiles.householdWithMeasure;
import static org.ancrage.testing.CaseFiles.housed;
import static org.ancrage.testing.CaseFiles.object;
import static org.ancrage.testing.CaseFiles.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
 * The rental manager records a household's security deposit from its file in Chromium: an amount
 * above one month's rent excluding charges (390,00 €) refused at its field with the ceiling, the
 * deposit received by cheque, a deduction above what is left refused at its field, then a deduction
 * of 58,50 € with its justification; the block reads what is to be returned, in euros.
 */
class SecurityDepositInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(SecurityDepositInTheBrowserIT.class);
    }

    private void type(String id, String text) {
        wait.until(driver -> {
            try {
                WebElement field = driver.findElement(By.id(id));
                if (field.isDisplayed() && !text.equals(field.getAttribute("value"))) {
                    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                    field.sendKeys(text);
                }
                return text.equals(driver.findElement(By.id(id)).getAttribute("value"));
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
    }

    /** An amount field (autoNumeric formats as it types): typed until it starts with what was typed. */
    private void amount(String id, String typed) {
        wait.until(driver -> {
            try {
                WebElement field = driver.findElement(By.id(id));
                if (!field.isDisplayed()) {
                    return false;
                }
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, typed);
                return field.getAttribute("value").replace(" ", "").replace("\u202f", "").startsWith(typed);
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
    }

    private void textBecomes(By by, String part) {
        wait.until(driver -> {
            try {
                return driver.findElement(by).getText().replace('\u00a0', ' ').replace('\u202f', ' ').contains(part);
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
    }

    private void growlSays(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
    }

    @Test
    void theRentalManagerRecordsADepositAndADeductionAndSeesAnAmountRefusedAtItsField() throws Exception {
        String name = unique("Depot");
        long measure = householdWithMeasure(name);
        long household = householdOf(measure);
        long occupancy = housed(measure, name, "SUB_LEASE"); // rent 390.00, charges 40.00

        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        visible(By.id("fileTitle"));
        openTab("Logement et loyer");
        textBecomes(By.id("file:tabs:depositNone"), "Aucun dépôt de garantie reçu");

        // Above one month's rent excluding charges: refused at the amount, the dialog open with what was typed.
        press(By.id("file:tabs:receiveDeposit"));
        visible(By.id("depositDialog"));
        amount("depositForm:amount_input", "430");
        choose("depositForm:method", "chèque");
        press(By.id("depositForm:save"));
        textBecomes(By.id("depositForm:amountMessage"), "un mois de loyer hors charges : 390,00 € au plus");
        assertTrue(visible(By.id("depositDialog")).isDisplayed());
        assertEquals(0, TestDatabase.count("select count(*) from security_deposit where occupancy_id = " + occupancy));
        screenshot("deposit-above-ceiling");

        amount("depositForm:amount_input", "390");
        press(By.id("depositForm:save"));
        growlSays("Dépôt de garantie enregistré");
        assertEquals(1, TestDatabase.count("select count(*) from security_deposit where occupancy_id = " + occupancy
                + " and amount = 390.00 and method = 'CHEQUE' and received_by = 'gestion'"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("depositDialog_modal")));
        openTab("Logement et loyer");
        textBecomes(By.id("file:tabs:depositReceived"), "Reçu : 390,00 € le");
        textBecomes(By.id("file:tabs:depositReceived"), "par chèque (gestion)");
        textBecomes(By.id("file:tabs:depositHeld"), "Conservé pendant l’occupation");

        // A deduction above the deposit: refused at its amount; then 58,50 € with its justification.
        press(By.id("file:tabs:deduct"));
        visible(By.id("deductionDialog"));
        type("deductionForm:label", "Remplacement de la serrure");
        amount("deductionForm:amount_input", "400");
        type("deductionForm:reason", "Clé non rendue, facture du serrurier");
        press(By.id("deductionForm:save"));
        textBecomes(By.id("deductionForm:amountMessage"), "il en reste 390,00 € à retenir au plus");
        amount("deductionForm:amount_input", "58,50");
        press(By.id("deductionForm:save"));
        growlSays("Retenue enregistrée");
        assertEquals(1, TestDatabase.count("select count(*) from deposit_deduction d join security_deposit s"
                + " on s.id = d.deposit_id where s.occupancy_id = " + occupancy + " and d.amount = 58.50"
                + " and d.label = 'Remplacement de la serrure' and d.recorded_by = 'gestion'"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where entity_type = 'DepositDeduction'"
                + " and action = 'CREATE' and username = 'gestion' and household_id = " + household));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("deductionDialog_modal")));
        openTab("Logement et loyer");
        textBecomes(By.id("file:tabs:deductions"), "Remplacement de la serrure");
        textBecomes(By.id("file:tabs:deductions"), "58,50 €");
        textBecomes(By.id("file:tabs:depositDeducted"), "58,50 €");
        textBecomes(By.id("file:tabs:depositToReturn"), "331,50 €");
        screenshot("deposit-with-deduction");

        // The same deposit from the API.
        JsonObject deposit = object(MANAGER.get("/ancrage/api/deposits/occupancies/" + occupancy));
        assertEquals("331.50", deposit.getJsonNumber("toReturn").bigDecimalValue().toPlainString());
        assertEquals(1, deposit.getJsonArray("deductions").size());
    }
}
