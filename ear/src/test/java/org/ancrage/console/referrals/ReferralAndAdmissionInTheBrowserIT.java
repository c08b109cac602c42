package org.ancrage.console.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * From referral to admission in the console alone (issue 15): the coordinator receives a SIAO
 * referral with the SIAO's own request number, the referring person, a comment and a document
 * uploaded in the dialog; the referral shows on the household's file; the waiting list of all
 * programmes at once shows it; the admission interview is recorded; the household is admitted and
 * the file says so.
 */
class ReferralAndAdmissionInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ReferralAndAdmissionInTheBrowserIT.class);
    }

    private void growlSays(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
    }

    @Test
    void aSiaoReferralWithItsDocumentIsInterviewedAndAdmitted() throws Exception {
        String name = CaseFiles.unique("Orientee");
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long household = CaseFiles.id(CaseFiles.COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Sara\",\"birthDate\":\"1990-03-02\","
                + "\"relationship\":\"HEAD\"}]}"));
        Path pdf = Files.createTempFile("fiche-siao", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));

        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        visible(By.id("file:receiveReferral")).click();
        choose("referralForm:programme", "IML classique (ASLD)");
        typeStably(By.id("referralForm:reference"), "SIAO-2026-0042");
        typeStably(By.id("referralForm:referrer"), "Mme Martin, SIAO 55");
        typeStably(By.id("referralForm:referrerContact"), "03 29 00 00 00");
        typeStably(By.id("referralForm:comment"), "Sortie d'hébergement prévue en janvier");
        browser.findElement(By.id("referralForm:documents_input")).sendKeys(pdf.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referralForm:pending"),
                pdf.getFileName().toString()));
        screenshot("referral-dialog");
        press(By.id("referralForm:save"));
        growlSays("liste d’attente");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("referralDialog")));
        long referral = TestDatabase.count("select id from referral where household_id = " + household);
        assertEquals("SIAO-2026-0042", TestDatabase.text("select orienting_reference from referral where id = " + referral));
        assertEquals(1, TestDatabase.count("select count(*) from document where referral_id = " + referral));

        openTab("Orientations");
        String shown = visible(By.id("file:tabs:referrals")).getText();
        assertTrue(shown.contains("IML classique (ASLD)") && shown.contains("Réf. SIAO-2026-0042")
                && shown.contains("En attente") && shown.contains(pdf.getFileName().toString())
                && shown.contains("Mme Martin, SIAO 55"), shown);

        // The waiting list of every programme at once; the interview, then the admission.
        visible(By.id("navReferrals")).click();
        choose("referrals:programme", "Tous les dispositifs");
        String row = "//tr[contains(., '" + name.toUpperCase() + "')]";
        assertTrue(visible(By.xpath(row)).getText().contains("IML classique (ASLD)"));
        visible(By.xpath(row + "//button[contains(@id, 'interview')]")).click();
        typeStably(By.id("interviewForm:attendees"), "Coordinatrice, Thomas (TS), Mme " + name);
        typeStably(By.id("interviewForm:notes"), "Projet de logement autonome, ressources stables.");
        choose("interviewForm:outcome", "Avis favorable");
        press(By.id("interviewForm:save"));
        growlSays("Entretien d’admission");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row), "Avis favorable"));
        screenshot("waiting-list-all-programmes");

        visible(By.xpath(row + "//button[contains(@id, 'admit')]")).click();
        choose("admitForm:referent", "Thomas Travailleur social");
        press(By.id("admitForm:save"));
        growlSays("la mesure est ouverte");

        open("app/files/household.xhtml?id=" + household);
        openTab("Orientations");
        String after = visible(By.id("file:tabs:referrals")).getText();
        assertTrue(after.contains("Admise") && after.contains("Avis favorable")
                && after.contains("Projet de logement autonome"), after);
        screenshot("household-referrals");
        assertTrue(!browser.getPageSource().contains("???"));

        // The letter of the decision, to the household: accepted, when its support begins.
        String decidedOn = TestDatabase.text("select decided_on from referral where id = " + referral);
        visible(By.xpath("//*[@id='file:tabs:referrals']//a[contains(@id, 'letter')]")).click();
        String letter = Pdfs.text(Files.readAllBytes(downloaded("lettre-admission-" + decidedOn + ".pdf")))
                .replace('\u00a0', ' ').replaceAll("\\s+", " ");
        for (String part : new String[] {name.toUpperCase() + " Sara", "Objet : votre orientation vers IML classique"
            + " (ASLD) — réf. SIAO-2026-0042", "est acceptée", "Votre accompagnement commence le", "SIAO"}) {
            assertTrue(letter.contains(part), "« " + part + " » in:\n" + letter);
        }
    }

    @Test
    void aRefusedReferralsLetterGivesTheReasonAndAWaitingOneHasNone() throws Exception {
        String name = CaseFiles.unique("Refusee");
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long household = CaseFiles.id(CaseFiles.COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Nora\",\"birthDate\":\"1985-06-07\","
                + "\"relationship\":\"HEAD\"}]}"));
        long programme = TestDatabase.count("select id from programme where code = 'ASLD-IML-CLASSIQUE'");
        JsonObject referral = CaseFiles.object(CaseFiles.COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":"
                + household + ",\"programmeId\":" + programme + ",\"orientingBody\":\"CCAPEX\",\"receivedOn\":\"2026-03-02\"}"));
        String letter = "/ancrage/api/referrals/" + referral.getJsonNumber("id") + "/decision-letter";
        assertEquals(422, CaseFiles.COORDINATOR.download(letter, "*/*").statusCode(), "no decision yet, no letter");
        assertEquals(200, CaseFiles.COORDINATOR.post("/ancrage/api/referrals/" + referral.getJsonNumber("id")
                + "/refusal", "{\"version\":" + referral.getJsonNumber("version") + ",\"on\":\"2026-03-20\","
                + "\"reason\":\"Ressources insuffisantes pour le loyer résiduel\"}").statusCode());
        var printed = CaseFiles.COORDINATOR.download(letter, "*/*");
        assertEquals(200, printed.statusCode());
        String text = Pdfs.text(printed.body()).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        for (String part : new String[] {"n’a pas pu être retenue", "Ressources insuffisantes pour le loyer résiduel",
            "CCAPEX", "L’organisme qui vous a orienté en est informé"}) {
            assertTrue(text.contains(part), "« " + part + " » in:\n" + text);
        }
        assertEquals(1, TestDatabase.count("select count(*) from document where household_id = " + household
                + " and generated and file_name = 'lettre-refus-2026-03-20.pdf'"));
        assertEquals(403, ApiClient.as("travailleuse-sud", DemoData.PASSWORD).download(letter, "*/*").statusCode());
    }
}
