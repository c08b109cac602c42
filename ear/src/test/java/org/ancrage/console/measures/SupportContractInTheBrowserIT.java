package org.ancrage.console.measures;

import static org.ancrage.testing.CaseFiles.COORDINATOR;
import static org.ancrage.testing.CaseFiles.householdWithMeasure;
import static org.ancrage.testing.CaseFiles.id;
import static org.ancrage.testing.CaseFiles.object;
import static org.ancrage.testing.CaseFiles.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The support contract in the household file's "Mesures" tab, in Chromium: the social worker is
 * answered at the field for a contract without objective or with an empty description, signs one
 * with two objectives, then records the progress of one; a contract or a progress over a measure
 * someone else changed meanwhile is refused as a conflict, with nothing overwritten.
 */
class SupportContractInTheBrowserIT extends BrowserTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(SupportContractInTheBrowserIT.class);
    }

    private void openContract(long measure) throws Exception {
        open("app/files/household.xhtml?id=" + TestDatabase.count("select household_id from measure where id = "
                + measure));
        visible(By.id("fileTitle"));
        openTab("Mesures");
        visible(By.cssSelector("button[id$=':contract']")).click();
        visible(By.id("contractDialog"));
    }

    /** Someone else changes the measure meanwhile: a suspension from {@code from} for ten days, through the API. */
    private static void suspendedMeanwhile(long measure, LocalDate from) throws Exception {
        JsonObject read = object(COORDINATOR.get("/ancrage/api/measures/" + measure));
        object(COORDINATOR.post("/ancrage/api/measures/" + measure + "/suspensions", "{\"version\":"
                + read.getJsonNumber("version") + ",\"from\":\"" + from + "\",\"to\":\"" + from.plusDays(10)
                + "\",\"reason\":\"Hospitalisation\"}"));
    }

    /** Presses {@code button}; if something covers it, the screen is kept to see what. */
    private void pressOrShow(By button, String name) throws Exception {
        try {
            press(button);
        } catch (WebDriverException covered) {
            screenshot(name);
            throw covered;
        }
    }

    /** The error shown right after the field {@code id}. */
    private String errorAtField(String id) {
        return visible(By.xpath("//*[@id='" + id + "']/following-sibling::*[contains(@class,'ui-message-error')]"))
                .getText();
    }

    private void growlSays(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
    }

    private static long objectives(long measure) throws Exception {
        return TestDatabase.count("select count(*) from objective where measure_id = " + measure);
    }

    private static long signed(long measure) throws Exception {
        return TestDatabase.count("select count(*) from measure where id = " + measure
                + " and contract_signed_on is not null");
    }

    @Test
    void aSocialWorkerSignsAContractWithTwoObjectivesThenRecordsProgress() throws Exception {
        long measure = householdWithMeasure(unique("Contrat"));
        assertEquals(422, COORDINATOR.download("/ancrage/api/measures/" + measure + "/support-contract/pdf", "*/*")
                .statusCode(), "nothing to print before it is signed");
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        openContract(measure);

        // No objective left: answered at the objectives, nothing saved.
        press(By.id("contractForm:objectives:0:removeRow"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contractForm:objectives:0:removeRow")));
        press(By.id("contractForm:sign"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractForm:objectivesMessage"),
                "au moins un objectif"));
        assertEquals(0, objectives(measure));
        assertEquals(0, signed(measure));

        // An objective without description: answered at the field, nothing saved, the domain kept.
        press(By.id("contractForm:addRow"));
        choose("contractForm:objectives:0:domain", "Budget");
        press(By.id("contractForm:sign"));
        assertTrue(errorAtField("contractForm:objectives:0:description").contains("obligatoire"),
                errorAtField("contractForm:objectives:0:description"));
        assertEquals("Budget", browser.findElement(By.id("contractForm:objectives:0:domain_label")).getText());
        assertEquals(0, objectives(measure));
        assertEquals(0, signed(measure));

        // Two objectives: signed.
        typeStably(By.id("contractForm:objectives:0:description"), "Tenir un budget mensuel avec la CESF");
        press(By.id("contractForm:addRow"));
        choose("contractForm:objectives:1:domain", "Démarches administratives");
        typeStably(By.id("contractForm:objectives:1:description"), "Ouvrir les droits à l’APL");
        assertEquals("Tenir un budget mensuel avec la CESF",
                browser.findElement(By.id("contractForm:objectives:0:description")).getAttribute("value"));
        typeStably(By.id("contractForm:signedOn_input"), "03/02/2026");
        press(By.id("contractForm:sign"));
        growlSays("Contrat d’accompagnement signé");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contractDialog")));
        assertEquals(1, TestDatabase.count("select count(*) from measure where id = " + measure
                + " and contract_signed_on = date '2026-02-03'"));
        assertEquals(2, objectives(measure));
        assertEquals(1, TestDatabase.count("select count(*) from objective where measure_id = " + measure
                + " and domain = 'BUDGET' and description = 'Tenir un budget mensuel avec la CESF'"
                + " and progress = 'NOT_STARTED'"));
        assertEquals(1, TestDatabase.count("select count(*) from objective where measure_id = " + measure
                + " and domain = 'ADMINISTRATIVE' and description = 'Ouvrir les droits à l’APL'"));

        // Opened again: the signing date and the objectives with their progress; progress on the second.
        openTab("Mesures");
        visible(By.cssSelector("button[id$=':contract']")).click();
        visible(By.id("contractDialog"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractForm:shownSignedOn"),
                "03/02/2026"));
        String table = visible(By.id("contractForm:progressTable")).getText();
        assertTrue(table.contains("Ouvrir les droits à l’APL") && table.contains("Non commencé"), table);
        assertTrue(browser.findElements(By.id("contractForm:sign")).isEmpty());
        choose("contractForm:objectiveNumber", "2. Démarches administratives");
        choose("contractForm:newProgress", "En cours");
        String today = org.ancrage.system.AssociationClock.today().format(SHOWN);
        typeStably(By.id("contractForm:newProgressOn_input"), today);
        pressOrShow(By.id("contractForm:record"), "support-contract-covered");
        growlSays("Avancement de l’objectif enregistré");
        assertEquals(1, TestDatabase.count("select count(*) from objective where measure_id = " + measure
                + " and domain = 'ADMINISTRATIVE' and progress = 'IN_PROGRESS' and progress_on = current_date"));
        assertEquals(1, TestDatabase.count("select count(*) from objective where measure_id = " + measure
                + " and domain = 'BUDGET' and progress = 'NOT_STARTED' and progress_on is null"));

        openTab("Mesures");
        visible(By.cssSelector("button[id$=':contract']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractForm:progressTable"),
                "En cours (" + today + ")"));
        screenshot("support-contract");

        // Printed for both signatures: the objectives, who follows, the date; kept with the household's documents.
        press(By.id("contractForm:pdf"));
        String contract = Pdfs.text(Files.readAllBytes(downloaded("contrat-accompagnement-2026-02-03.pdf")))
                .replace('\u00a0', ' ').replaceAll("\\s+", " ");
        for (String part : new String[] {"Contrat d’accompagnement", "Tenir un budget mensuel avec la CESF",
            "Démarches administratives", "Ouvrir les droits à l’APL", "Référent : Thomas Travailleur social",
            "Fait et signé le 03/02/2026"}) {
            assertTrue(contract.contains(part), "« " + part + " » in:\n" + contract);
        }
        assertEquals(1, TestDatabase.count("select count(*) from document d join measure m on m.household_id ="
                + " d.household_id where m.id = " + measure + " and d.generated and d.added_by = 'travailleur'"
                + " and d.file_name = 'contrat-accompagnement-2026-02-03.pdf'"));
    }

    @Test
    void aContractOrAProgressOverAMeasureChangedMeanwhileIsRefusedWithNothingOverwritten() throws Exception {
        long measure = householdWithMeasure(unique("Conflit"));
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        openContract(measure);
        choose("contractForm:objectives:0:domain", "Santé");
        typeStably(By.id("contractForm:objectives:0:description"), "Trouver un médecin traitant");
        suspendedMeanwhile(measure, LocalDate.of(2026, 3, 1));
        press(By.id("contractForm:sign"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractForm:messages"),
                "modifié par quelqu’un d’autre"));
        assertEquals("Trouver un médecin traitant",
                browser.findElement(By.id("contractForm:objectives:0:description")).getAttribute("value"));
        assertEquals(0, objectives(measure));
        assertEquals(0, signed(measure));
        screenshot("support-contract-conflict");

        // Signed through the API, then progress typed in the dialog while someone else changes the measure.
        JsonObject read = object(COORDINATOR.get("/ancrage/api/measures/" + measure));
        object(COORDINATOR.post("/ancrage/api/measures/" + measure + "/support-contract", "{\"version\":"
                + read.getJsonNumber("version") + ",\"signedOn\":\"2026-02-05\",\"objectives\":[{\"domain\":"
                + "\"HEALTH\",\"description\":\"Trouver un médecin traitant\"}]}"));
        browser.findElement(By.cssSelector("#contractDialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contractDialog")));
        openContract(measure);
        choose("contractForm:objectiveNumber", "1. Santé");
        choose("contractForm:newProgress", "Atteint");
        suspendedMeanwhile(measure, LocalDate.of(2026, 4, 1));
        pressOrShow(By.id("contractForm:record"), "support-contract-covered");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractForm:messages"),
                "modifié par quelqu’un d’autre"));
        assertEquals(1, TestDatabase.count("select count(*) from objective where measure_id = " + measure
                + " and progress = 'NOT_STARTED' and progress_on is null"));
        assertEquals(1, objectives(measure));
    }
}
