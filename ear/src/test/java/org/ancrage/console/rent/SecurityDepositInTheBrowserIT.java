package org.ancrage.console.rent;

import static org.ancrage.testing.CaseFiles.MANAGER;
import static org.ancrage.testing.CaseFiles.householdOf;
import static org.ancrage.testing.CaseFiles.householdWithMeasure;
import static org.ancrage.testing.CaseFiles.housed;
import static org.ancrage.testing.CaseFiles.object;
import static org.ancrage.testing.CaseFiles.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The rental manager records a household's security deposit from its file in Chromium: an amount
 * above one month's rent excluding charges (390,00 €) refused at its field with the ceiling, the
 * deposit received by cheque, a deduction above what is left refused at its field, then a deduction
 * of 58,50 € with its justification; the block reads what is to be returned, in euros, and names who
 * recorded each step (never a login); a deduction for unpaid rent while nothing is owed is refused.
 */
class SecurityDepositInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(SecurityDepositInTheBrowserIT.class);
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
        textShows(By.id("file:tabs:depositNone"), "Aucun dépôt de garantie reçu");

        // Above one month's rent excluding charges: refused at the amount, the dialog open with what was typed.
        press(By.id("file:tabs:receiveDeposit"));
        visible(By.id("depositDialog"));
        enterAmount("depositForm:amount_input", "430");
        choose("depositForm:method", "chèque");
        typeStably(By.id("depositForm:reference"), "CHQ 1234567");
        press(By.id("depositForm:save"));
        textShows(By.id("depositForm:amountMessage"), "un mois de loyer hors charges : 390,00 € au plus");
        assertTrue(visible(By.id("depositDialog")).isDisplayed());
        assertEquals(0, TestDatabase.count("select count(*) from security_deposit where occupancy_id = " + occupancy));
        screenshot("deposit-above-ceiling");

        enterAmount("depositForm:amount_input", "390");
        press(By.id("depositForm:save"));
        growlShows("Dépôt de garantie enregistré");
        assertEquals(1, TestDatabase.count("select count(*) from security_deposit where occupancy_id = " + occupancy
                + " and amount = 390.00 and method = 'CHEQUE' and reference = 'CHQ 1234567' and received_by = 'gestion'"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("depositDialog_modal")));
        openTab("Logement et loyer");
        textShows(By.id("file:tabs:depositReceived"), "Reçu : 390,00 € le");
        // who received it by name, not by login
        textShows(By.id("file:tabs:depositReceived"), "par chèque, réf. CHQ 1234567 (Gaëlle Gestion locative)");
        textShows(By.id("file:tabs:depositHeld"), "Conservé pendant l’occupation");

        // A deduction above the deposit: refused at its amount; then 58,50 € with its justification.
        press(By.id("file:tabs:deduct"));
        visible(By.id("deductionDialog"));
        typeStably(By.id("deductionForm:label"), "Remplacement de la serrure");
        enterAmount("deductionForm:amount_input", "400");
        typeStably(By.id("deductionForm:reason"), "Clé non rendue, facture du serrurier");
        press(By.id("deductionForm:save"));
        textShows(By.id("deductionForm:amountMessage"), "il en reste 390,00 € à retenir au plus");
        enterAmount("deductionForm:amount_input", "58,50");
        press(By.id("deductionForm:save"));
        growlShows("Retenue enregistrée");
        assertEquals(1, TestDatabase.count("select count(*) from deposit_deduction d join security_deposit s"
                + " on s.id = d.deposit_id where s.occupancy_id = " + occupancy + " and d.amount = 58.50"
                + " and d.label = 'Remplacement de la serrure' and d.recorded_by = 'gestion'"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where entity_type = 'DepositDeduction'"
                + " and action = 'CREATE' and username = 'gestion' and household_id = " + household));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("deductionDialog_modal")));
        openTab("Logement et loyer");
        textShows(By.id("file:tabs:deductions"), "Remplacement de la serrure");
        textShows(By.id("file:tabs:deductions"), "58,50 €");
        textShows(By.id("file:tabs:depositDeducted"), "58,50 €");
        textShows(By.id("file:tabs:depositToReturn"), "331,50 €");
        textShows(By.id("file:tabs:deductions"), "Gaëlle Gestion locative");
        noLogin(By.id("file:tabs:deposit"));
        screenshot("deposit-with-deduction");

        // The same deposit from the API.
        JsonObject deposit = object(MANAGER.get("/ancrage/api/deposits/occupancies/" + occupancy));
        assertEquals("331.50", deposit.getJsonNumber("toReturn").bigDecimalValue().toPlainString());
        assertEquals("CHQ 1234567", deposit.getString("reference"));
        assertEquals(1, deposit.getJsonArray("deductions").size());

        // For unpaid rent, while the household owes nothing: refused at the amount, nothing kept.
        press(By.id("file:tabs:deduct"));
        visible(By.id("deductionDialog"));
        typeStably(By.id("deductionForm:label"), "Loyers impayés");
        enterAmount("deductionForm:amount_input", "10");
        typeStably(By.id("deductionForm:reason"), "Dette de loyer");
        visible(By.xpath("//*[@id='deductionForm:unpaidRent']//div[contains(@class, 'ui-chkbox-box')]")).click();
        press(By.id("deductionForm:save"));
        textShows(By.id("deductionForm:amountMessage"), "ne doit aucun loyer aujourd’hui");
        assertEquals(1, TestDatabase.count("select count(*) from deposit_deduction d join security_deposit s"
                + " on s.id = d.deposit_id where s.occupancy_id = " + occupancy));
    }

    /** The deposit block names staff by name: the demo rental manager's login, "gestion", never shows. */
    private void noLogin(By block) {
        String text = visible(block).getText();
        assertFalse(java.util.regex.Pattern.compile("\\bgestion\\b").matcher(text).find(), text);
    }

    @Test
    void afterTheDepartureTheKeysTheCancelledDeductionAndALateReturnWithItsPenalty() throws Exception {
        String name = unique("Restitution");
        long measure = householdWithMeasure(name);
        long household = householdOf(measure);
        long occupancy = housed(measure, name, "SUB_LEASE"); // rent 390.00 excluding charges
        String deposits = "/ancrage/api/deposits/";
        assertEquals(422, MANAGER.post(deposits + "occupancies/" + occupancy, "{\"amount\":390.01,"
                + "\"receivedOn\":\"2026-02-01\",\"method\":\"TRANSFER\"}").statusCode(), "above the ceiling");
        assertEquals(400, MANAGER.post(deposits + "occupancies/" + occupancy, "{\"amount\":390.00,"
                + "\"receivedOn\":\"2026-02-01\",\"method\":\"TRANSFER\",\"reference\":\"" + "V".repeat(81) + "\"}")
                .statusCode(), "a reference longer than 80 characters");
        JsonObject received = object(MANAGER.post(deposits + "occupancies/" + occupancy, "{\"amount\":390.00,"
                + "\"receivedOn\":\"2026-02-01\",\"method\":\"TRANSFER\",\"reference\":\" VIR-DG-0201 \"}"));
        assertEquals("VIR-DG-0201", received.getString("reference"), "kept without its spaces");
        long deposit = received.getJsonNumber("id").longValue();
        assertEquals(201, MANAGER.post(deposits + deposit + "/deductions", "{\"label\":\"Peinture séjour\","
                + "\"amount\":120.50,\"reason\":\"Murs abîmés, état des lieux de sortie\"}").statusCode());
        assertEquals(201, MANAGER.post(deposits + deposit + "/deductions", "{\"label\":\"Ménage\","
                + "\"amount\":80.00,\"reason\":\"Logement rendu sale\"}").statusCode());
        long version = object(MANAGER.get("/ancrage/api/occupancies/" + occupancy)).getJsonNumber("version")
                .longValue();
        assertEquals(200, MANAGER.post("/ancrage/api/occupancies/" + occupancy + "/leaving", "{\"version\":"
                + version + ",\"date\":\"2026-06-01\",\"exitState\":\"Murs abîmés\"}").statusCode());

        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        visible(By.id("fileTitle"));
        openTab("Logement et loyer");

        // The keys back on the day of departure, the move-out inspection differing: two months.
        press(By.id("file:tabs:past:0:keysBack"));
        visible(By.id("keysDialog"));
        typeStably(By.id("keysForm:on_input"), "01/06/2026");
        visible(By.xpath("//*[@id='keysForm:match']//div[contains(@class, 'ui-chkbox-box')]")).click();
        press(By.id("keysForm:save"));
        growlShows("Remise des clés enregistrée");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("keysDialog_modal")));
        openTab("Logement et loyer");
        textShows(By.id("file:tabs:past:0:depositReceived"), "par virement, réf. VIR-DG-0201");
        textShows(By.id("file:tabs:past:0:depositKeys"),
                "Clés rendues le 01/06/2026, états des lieux différents : à restituer au plus tard le 01/08/2026"
                        + " (remise enregistrée par Gaëlle Gestion locative)");

        // The cleaning deducted by mistake, cancelled by an entry with its reason: both lines stay.
        press(By.xpath("//tr[contains(., 'Logement rendu sale')]//button[contains(@id, 'cancelDeduction')]"));
        visible(By.id("deductionCancelDialog"));
        typeStably(By.id("deductionCancelForm:reason"), "Le ménage avait été fait");
        press(By.id("deductionCancelForm:save"));
        growlShows("Retenue annulée");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("deductionCancelDialog_modal")));
        openTab("Logement et loyer");
        textShows(By.id("file:tabs:past:0:deductions"), "Annulation : Ménage");
        textShows(By.id("file:tabs:past:0:deductions"), "-80,00 €");
        textShows(By.id("file:tabs:past:0:depositToReturn"), "269,50 €");
        assertEquals(1, TestDatabase.count("select count(*) from deposit_deduction where deposit_id = " + deposit
                + " and amount = -80.00 and reason = 'Le ménage avait été fait' and recorded_by = 'gestion'"));

        // Returned on 15 September, late since 2 August: two months begun, 2 × 10 % of 390,00 €.
        press(By.id("file:tabs:past:0:returnDeposit"));
        visible(By.id("returnDialog"));
        textShows(By.id("returnForm"), "À restituer : 269,50 €, au plus tard le 01/08/2026");
        typeStably(By.id("returnForm:on_input"), "15/09/2026");
        press(By.id("returnForm:save"));
        visible(By.id("returnForm:confirmText"));
        press(By.id("returnForm:yes"));
        growlShows("Dépôt de garantie restitué");
        assertEquals(1, TestDatabase.count("select count(*) from security_deposit where id = " + deposit
                + " and returned_on = date '2026-09-15' and returned_amount = 269.50 and penalty = 78.00"
                + " and returned_by = 'gestion'"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("returnDialog_modal")));
        openTab("Logement et loyer");
        textShows(By.id("file:tabs:past:0:depositPenalty"), "78,00 € (2 mois commencé(s) de retard");
        textShows(By.id("file:tabs:past:0:depositReturned"), "Restitué le 15/09/2026 (Gaëlle Gestion locative)");
        noLogin(By.id("file:tabs:past:0:deposit"));
        screenshot("deposit-returned-late");

        // The final settlement of the departure, printed from the account left: the deposit's story in it.
        press(By.id("file:tabs:past:0:finalSettlement"));
        String settlement = Pdfs.text(Files.readAllBytes(downloaded("solde-de-tout-compte-2026-06-01.pdf")))
                .replace('\u00a0', ' ').replaceAll("\\s+", " ");
        for (String part : new String[] {"Solde de tout compte", "01/06/2026", "Retenue : Peinture séjour",
            "Rendu le 15/09/2026", "269,50 €", "Tout compte fait"}) {
            assertTrue(settlement.contains(part), "« " + part + " » in:\n" + settlement);
        }
    }
}
