package org.ancrage.console.rent;

import static org.ancrage.testing.CaseFiles.MANAGER;
import static org.ancrage.testing.CaseFiles.householdOf;
import static org.ancrage.testing.CaseFiles.householdWithMeasure;
import static org.ancrage.testing.CaseFiles.housed;
import static org.ancrage.testing.CaseFiles.id;
import static org.ancrage.testing.CaseFiles.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A rental manager prints a month's papers from the household's file in Chromium: the statement offers
 * the quittance of February, paid in full, saved as a PDF that names the household, the dwelling, the
 * month and the amounts; only a receipt for March, partly paid; neither for April, nothing paid, whose
 * line says why (only its call notice). The same papers
 * through the API for other systems, in the same roles; each one generated is in the trail under the
 * name of who generated it.
 */
class RentPapersInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(RentPapersInTheBrowserIT.class);
    }

    /** The text of the PDF, spaces of any kind and line breaks squeezed out (the extractor places them as it likes). */
    private static String squeezed(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        return squeezed(text.toString());
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    private static void says(String squeezedText, String... parts) {
        for (String part : parts) {
            assertTrue(squeezedText.contains(squeezed(part)), "« " + part + " » in: " + squeezedText);
        }
    }

    private static long papersInTheTrail(long call, String username) throws Exception {
        return TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT' and entity_type = 'RentCall'"
                + " and entity_id = " + call + " and username = '" + username + "'");
    }

    /** The buttons of the statement's line of {@code month} ("février 2026") whose id ends with {@code id}. */
    private java.util.List<org.openqa.selenium.WebElement> buttons(String month, String id) {
        return browser.findElements(By.xpath("//tr[contains(., 'Appel de loyer " + month + "')]//button[contains(@id, ':"
                + id + "')]"));
    }

    @Test
    void eachMonthOffersTheReceiptItMayHaveTheQuittanceOfAMonthPaidTheReceiptOfAMonthPartlyPaid() throws Exception {
        String name = unique("Papiers");
        long measure = householdWithMeasure(name);
        long household = householdOf(measure);
        // 390.00 rent + 40.00 charges less 100.00 of housing benefit: 330.00 a month, from February 2026
        long occupancy = housed(measure, name, "SUB_LEASE");
        long february = id(MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy + "/calls",
                "{\"month\":\"2026-02\"}"));
        long march = id(MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy + "/calls",
                "{\"month\":\"2026-03\"}"));
        long april = id(MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy + "/calls",
                "{\"month\":\"2026-04\"}"));
        // February paid in full, then 120.50 of March; April nothing
        assertEquals(201, MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy + "/payments",
                "{\"paidOn\":\"2026-02-03\",\"amount\":330.00,\"payer\":\"HOUSEHOLD\",\"reference\":\"VIR-FEV\"}")
                .statusCode());
        assertEquals(201, MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy + "/payments",
                "{\"paidOn\":\"2026-03-04\",\"amount\":120.50,\"payer\":\"HOUSEHOLD\",\"reference\":\"VIR-MARS\"}")
                .statusCode());
        String service = TestDatabase.text("select s.name from service_unit s join dwelling d on d.service_unit_id"
                + " = s.id join occupancy o on o.dwelling_id = d.id where o.id = " + occupancy);

        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        visible(By.id("fileTitle"));
        openTab("Logement et loyer");

        // February, paid in full: its quittance, and no receipt for part of it
        By februaryQuittance = By.xpath("//tr[contains(., 'Appel de loyer février 2026')]//button[contains(@id,"
                + " ':quittance')]");
        assertEquals("Quittance", visible(februaryQuittance).getText().strip());
        assertTrue(buttons("février 2026", "partialReceipt").isEmpty(), "no « Reçu » for a month paid in full");
        // March, partly paid: a receipt for the amount paid, never a quittance
        assertEquals("Reçu", visible(By.xpath("//tr[contains(., 'Appel de loyer mars 2026')]//button[contains(@id,"
                + " ':partialReceipt')]")).getText().strip());
        assertTrue(buttons("mars 2026", "quittance").isEmpty(), "no « Quittance » for a month partly paid");
        // April, nothing paid: neither, and the line says why
        assertTrue(buttons("avril 2026", "quittance").isEmpty() && buttons("avril 2026", "partialReceipt").isEmpty(),
                "no receipt of any kind for a month with nothing paid");
        textShows(By.xpath("//tr[contains(., 'Appel de loyer avril 2026')]"), "Rien de payé : ni quittance ni reçu");
        screenshot("rent-papers-statement");

        press(februaryQuittance);
        String quittance = squeezed(Files.readAllBytes(downloaded("quittance-2026-02.pdf")));
        says(quittance, service, "Quittance de loyer — février 2026", name.toUpperCase() + " Inès",
                "3 rue " + name + ", 55100 Verdun", "Loyer 390,00 €", "Charges 40,00 €", "430,00 €", "-100,00 €",
                "Payé par le locataire 330,00 €");
        assertEquals(1, papersInTheTrail(february, "gestion"));

        open("app/files/household.xhtml?id=" + household);
        visible(By.id("fileTitle"));
        openTab("Logement et loyer");
        press(By.xpath("//tr[contains(., 'Appel de loyer mars 2026')]//button[contains(@id, ':partialReceipt')]"));
        says(squeezed(Files.readAllBytes(downloaded("recu-2026-03.pdf"))), "Reçu de paiement partiel — mars 2026",
                name.toUpperCase() + " Inès", "Montant reçu 120,50 €", "Reste dû 209,50 €",
                "Ce reçu ne vaut pas quittance");
        assertEquals(1, papersInTheTrail(march, "gestion"));
        assertEquals(0, papersInTheTrail(april, "gestion"));

        // April's call notice, though
        open("app/files/household.xhtml?id=" + household);
        visible(By.id("fileTitle"));
        openTab("Logement et loyer");
        press(By.xpath("//tr[contains(., 'Appel de loyer avril 2026')]//button[contains(@id, 'notice')]"));
        says(squeezed(Files.readAllBytes(downloaded("avis-echeance-2026-04.pdf"))), "Avis d’échéance — avril 2026",
                name.toUpperCase() + " Inès", "Montant dû 330,00 €", "Date d’échéance 01/04/2026");
        assertEquals(1, papersInTheTrail(april, "gestion"));

        // the debt statement at a date: every line by then, what is owed
        press(By.xpath("//button[contains(@id, 'debtStatement')]"));
        typeStably(By.id("debtForm:asOf_input"), "15/04/2026");
        press(By.id("debtForm:download"));
        says(squeezed(Files.readAllBytes(downloaded("decompte-2026-04-15.pdf"))),
                "Décompte de la dette locative au 15/04/2026", name.toUpperCase() + " Inès", "Appel de loyer avril 2026",
                "Solde dû au 15/04/2026");
    }

    @Test
    void otherSystemsGetTheSamePapersThroughTheApiInTheSameRoles() throws Exception {
        String name = unique("PapiersApi");
        long measure = householdWithMeasure(name);
        long occupancy = housed(measure, name, "SUB_LEASE");
        long february = id(MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy + "/calls",
                "{\"month\":\"2026-02\"}"));
        assertEquals(201, MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy + "/payments",
                "{\"paidOn\":\"2026-02-03\",\"amount\":120.50,\"payer\":\"HOUSEHOLD\"}").statusCode());

        String calls = "/ancrage/api/rent/calls/" + february;
        HttpResponse<byte[]> receipt = MANAGER.download(calls + "/receipt", "application/pdf");
        assertEquals(200, receipt.statusCode());
        assertEquals("application/pdf", receipt.headers().firstValue("Content-Type").orElse(""));
        assertEquals("PARTIAL_RECEIPT", receipt.headers().firstValue("X-Rent-Paper").orElse(""));
        assertTrue(receipt.headers().firstValue("Content-Disposition").orElse("").contains("recu-2026-02.pdf"));
        says(squeezed(receipt.body()), "Reçu de paiement partiel — février 2026", name.toUpperCase() + " Inès",
                "Montant reçu 120,50 €", "Reste dû 209,50 €", "Ce reçu ne vaut pas quittance");

        // a quittance for a month partly paid: refused, with the reason in the caller's language
        HttpResponse<byte[]> quittance = MANAGER.download(calls + "/quittance", "application/pdf, application/json");
        assertEquals(422, quittance.statusCode(), new String(quittance.body(), java.nio.charset.StandardCharsets.UTF_8));
        says(squeezed(new String(quittance.body(), java.nio.charset.StandardCharsets.UTF_8)), "février 2026",
                "120,50 €", "reçu");

        // the notice in English, for an English-speaking caller
        HttpResponse<byte[]> notice = MANAGER.withLanguage("en").download(calls + "/notice", "application/pdf");
        assertEquals(200, notice.statusCode());
        says(squeezed(notice.body()), "Rent call notice — February 2026", "Amount due €330.00");

        // a social worker prints none; the coordinator may
        assertEquals(403, ApiClient.as("travailleur", DemoData.PASSWORD).download(calls + "/notice",
                "application/pdf").statusCode());
        assertEquals(200, ApiClient.as("coordinatrice", DemoData.PASSWORD).download(calls + "/receipt",
                "application/pdf").statusCode());
        assertEquals(2, papersInTheTrail(february, "gestion"), "the receipt and the notice, the quittance refused");
        assertEquals(1, papersInTheTrail(february, "coordinatrice"));
        assertEquals(0, papersInTheTrail(february, "travailleur"));

        // the rent reminder: February partly paid, more than two months ago, so the last one; a social
        // worker prints none
        String reminderLetter = "/ancrage/api/rent/occupancies/" + occupancy + "/reminder-letter";
        HttpResponse<byte[]> reminder = MANAGER.download(reminderLetter, "application/pdf");
        assertEquals(200, reminder.statusCode());
        assertTrue(reminder.headers().firstValue("Content-Disposition").orElse("").contains("relance-"));
        says(squeezed(reminder.body()), "Objet : dernier rappel", name.toUpperCase() + " Inès", "février 2026",
                "209,50 €");
        assertEquals(403, ApiClient.as("travailleur", DemoData.PASSWORD).download(reminderLetter, "application/pdf")
                .statusCode());
        // the letter at the end of the support: none while the measure is open, said in words
        HttpResponse<byte[]> end = ApiClient.as("coordinatrice", DemoData.PASSWORD)
                .download("/ancrage/api/measures/" + measure + "/end-letter", "application/pdf, application/json");
        String refusal = new String(end.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(422, end.statusCode(), refusal);
        says(squeezed(refusal), "une fois la mesure terminée");
    }
}
