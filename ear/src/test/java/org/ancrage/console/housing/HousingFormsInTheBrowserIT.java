package org.ancrage.console.housing;

import static org.ancrage.testing.CaseFiles.COORDINATOR;
import static org.ancrage.testing.CaseFiles.MANAGER;
import static org.ancrage.testing.CaseFiles.householdOf;
import static org.ancrage.testing.CaseFiles.householdWithMeasure;
import static org.ancrage.testing.CaseFiles.housed;
import static org.ancrage.testing.CaseFiles.id;
import static org.ancrage.testing.CaseFiles.object;
import static org.ancrage.testing.CaseFiles.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The housing forms of the household file, in Chromium, each by the role that uses it: the
 * coordinator ends a measure (a missing date answered at the field, an end before the start
 * refused, then the end with its reason and outcome); the rental manager records a household
 * leaving, transfers a sub-lease and is refused a transfer from an occupancy agreement; an
 * incident is reported, mediated and resolved; the open incidents list is filtered, sorted and
 * exported.
 */
class HousingFormsInTheBrowserIT extends BrowserTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(HousingFormsInTheBrowserIT.class);
    }

    private void openFile(long household) {
        open("app/files/household.xhtml?id=" + household);
        visible(By.id("fileTitle"));
    }

    /** Types {@code text} in the field {@code id} until it stays (the dialog's form is drawn again as it opens). */
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

    /** Presses the form's save button, then confirms in the dialog what cannot be undone. */
    private void saveAndConfirm(String form) {
        browser.findElement(By.id(form + ":save")).click();
        visible(By.id(form + ":confirmText"));
        visible(By.id(form + ":yes")).click();
    }

    private void growlSays(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
    }

    /** The error shown right after the field {@code id}. */
    private String errorAtField(String id) {
        return visible(By.xpath("//*[@id='" + id + "']/following-sibling::*[contains(@class,'ui-message-error')]"))
                .getText();
    }

    @Test
    void aCoordinatorEndsAMeasureAfterAMissingDateAndARefusedEnd() throws Exception {
        long measure = householdWithMeasure(unique("Fin"));
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        openFile(householdOf(measure));
        openTab("Mesures");
        visible(By.cssSelector("button[id$='endMeasure']")).click();
        visible(By.id("endDialog"));
        choose("endForm:reason", "Objectifs atteints");
        choose("endForm:outcome", "Maintien dans le logement");

        // No date: answered at the field, nothing saved, the dialog stays open with what was chosen.
        type("endForm:endDate_input", "");
        browser.findElement(By.id("endForm:save")).click();
        assertTrue(errorAtField("endForm:endDate").contains("obligatoire"), errorAtField("endForm:endDate"));
        assertEquals("Objectifs atteints", browser.findElement(By.id("endForm:reason_label")).getText());
        assertEquals(1, TestDatabase.count("select count(*) from measure where id = " + measure
                + " and status = 'OPEN'"));
        screenshot("measure-end-missing-date");

        // Before the measure started: the measure refuses, in French, in the dialog.
        type("endForm:endDate_input", "15/01/2026");
        saveAndConfirm("endForm");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("endForm:messages"),
                "ne peut pas précéder le début de la mesure"));
        assertEquals("Maintien dans le logement", browser.findElement(By.id("endForm:outcome_label")).getText());
        assertEquals(1, TestDatabase.count("select count(*) from measure where id = " + measure
                + " and status = 'OPEN'"));
        screenshot("measure-end-refused");

        // Someone else writes an evaluation meanwhile: the end is refused as a conflict, nothing overwritten.
        JsonObject read = object(COORDINATOR.get("/ancrage/api/measures/" + measure));
        object(COORDINATOR.post("/ancrage/api/measures/" + measure + "/evaluations", "{\"version\":"
                + read.getJsonNumber("version") + ",\"writtenOn\":\"2026-06-15\",\"assessment\":\"Bilan\","
                + "\"proposedDecision\":\"END\"}"));
        String today = org.ancrage.system.AssociationClock.today().format(SHOWN);
        type("endForm:endDate_input", today);
        saveAndConfirm("endForm");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("endForm:messages"),
                "modifié par quelqu’un d’autre"));
        assertEquals(1, TestDatabase.count("select count(*) from measure where id = " + measure
                + " and status = 'OPEN'"));
        screenshot("measure-end-conflict");

        // Opened again, the dialog reads the measure as it is now, and the end goes through.
        browser.findElement(By.cssSelector("#endDialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("endDialog")));
        openTab("Mesures");
        visible(By.cssSelector("button[id$='endMeasure']")).click();
        visible(By.id("endDialog"));
        choose("endForm:reason", "Objectifs atteints");
        choose("endForm:outcome", "Maintien dans le logement");
        saveAndConfirm("endForm");
        growlSays("Mesure terminée");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("endDialog")));
        openTab("Mesures");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:measures"), "Terminée"));
        String row = browser.findElement(By.id("file:tabs:measures")).getText();
        assertTrue(row.contains("Objectifs atteints") && row.contains("Maintien dans le logement")
                && row.contains(today), row);
        assertTrue(browser.findElements(By.cssSelector("button[id$='endMeasure']")).isEmpty());
        assertEquals(1, TestDatabase.count("select count(*) from measure where id = " + measure
                + " and status = 'ENDED' and end_reason = 'OBJECTIVES_REACHED' and end_date = current_date"));
        screenshot("measure-ended");
    }

    @Test
    void aRentalManagerRecordsTheHouseholdLeavingTheDwelling() throws Exception {
        String name = unique("Sortie");
        long measure = householdWithMeasure(name);
        long occupancy = housed(measure, name, "SUB_LEASE");
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        openFile(householdOf(measure));
        openTab("Logement et loyer");
        visible(By.id("file:tabs:leave")).click();
        visible(By.id("leaveDialog"));
        type("leaveForm:exitState", "Logement rendu propre ; une vitre fêlée dans la chambre.");
        // Asked to confirm, the manager first says no: nothing is saved, the form comes back as typed.
        browser.findElement(By.id("leaveForm:save")).click();
        visible(By.id("leaveForm:no")).click();
        visible(By.id("leaveForm:save"));
        assertEquals("Logement rendu propre ; une vitre fêlée dans la chambre.",
                browser.findElement(By.id("leaveForm:exitState")).getAttribute("value"));
        assertEquals(1, TestDatabase.count("select count(*) from occupancy where id = " + occupancy
                + " and end_date is null"));
        saveAndConfirm("leaveForm");
        growlSays("Sortie du logement enregistrée");
        openTab("Logement et loyer");
        visible(By.id("notHoused"));
        assertEquals(1, TestDatabase.count("select count(*) from occupancy where id = " + occupancy
                + " and ended_by = 'LEFT' and end_date = current_date and exit_state like 'Logement rendu propre%'"));
        screenshot("dwelling-left");
    }

    @Test
    void aSubLeaseIsTransferredAndATransferFromAnOccupancyAgreementIsRefused() throws Exception {
        String refusedName = unique("Convention");
        long refusedMeasure = householdWithMeasure(refusedName);
        long agreement = housed(refusedMeasure, refusedName, "OCCUPANCY_AGREEMENT");
        String name = unique("Glissement");
        long measure = householdWithMeasure(name);
        long subLease = housed(measure, name, "SUB_LEASE");

        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        openFile(householdOf(refusedMeasure));
        openTab("Logement et loyer");
        visible(By.id("file:tabs:transfer")).click();
        visible(By.id("transferDialog"));
        saveAndConfirm("transferForm");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transferForm:messages"),
                "ne se fait que depuis une sous-location (ici : convention d’occupation)"));
        assertEquals(1, TestDatabase.count("select count(*) from occupancy where id = " + agreement
                + " and end_date is null"));
        screenshot("lease-transfer-refused");

        openFile(householdOf(measure));
        openTab("Logement et loyer");
        visible(By.id("file:tabs:transfer")).click();
        visible(By.id("transferDialog"));
        saveAndConfirm("transferForm");
        growlSays("Bail glissé au nom du ménage");
        openTab("Mesures");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:measures"), "Glissement de bail"));
        assertEquals(1, TestDatabase.count("select count(*) from occupancy where id = " + subLease
                + " and ended_by = 'LEASE_TRANSFER'"));
        assertEquals(1, TestDatabase.count("select count(*) from measure where id = " + measure
                + " and status = 'ENDED' and end_reason = 'LEASE_TRANSFER'"));
        screenshot("lease-transferred");
    }

    @Test
    void anIncidentIsReportedMediatedAndResolvedAndAMissingDateSavesNothing() throws Exception {
        String name = unique("Voisinage");
        long measure = householdWithMeasure(name);
        housed(measure, name, "SUB_LEASE");
        long household = householdOf(measure);
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        openFile(household);
        openTab("Incidents");
        visible(By.id("file:tabs:reportIncident")).click();
        visible(By.id("reportDialog"));
        choose("reportForm:kind", "Trouble de voisinage");
        type("reportForm:description", "Plainte du voisin du dessous pour bruit après 22 h");
        type("reportForm:occurredOn_input", "");
        browser.findElement(By.id("reportForm:save")).click();
        assertTrue(errorAtField("reportForm:occurredOn").contains("obligatoire"));
        assertEquals("Plainte du voisin du dessous pour bruit après 22 h",
                browser.findElement(By.id("reportForm:description")).getAttribute("value"));
        assertEquals(0, TestDatabase.count("select count(*) from incident where household_id = " + household));
        screenshot("incident-missing-date");

        type("reportForm:occurredOn_input", "03/03/2026");
        browser.findElement(By.id("reportForm:save")).click();
        growlSays("Incident enregistré");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reportDialog")));
        assertEquals(1, TestDatabase.count("select count(*) from incident where household_id = " + household
                + " and kind = 'NEIGHBOUR_DISTURBANCE' and dwelling_id is not null and occurred_on = '2026-03-03'"));

        openTab("Incidents");
        visible(By.cssSelector("button[id$=':act']")).click();
        visible(By.id("actionDialog"));
        choose("actionForm:party", "Voisinage");
        type("actionForm:actionDescription", "Rencontre du voisin et du ménage au bureau");
        browser.findElement(By.id("actionForm:save")).click();
        growlSays("Action de médiation enregistrée");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionDialog")));

        openTab("Incidents");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:incidents"),
                "Rencontre du voisin et du ménage au bureau"));
        visible(By.cssSelector("button[id$=':resolve']")).click();
        visible(By.id("resolveDialog"));
        type("resolveForm:resolution", "Accord sur les horaires, plus de plainte depuis");
        browser.findElement(By.id("resolveForm:save")).click();
        growlSays("Incident résolu");
        openTab("Incidents");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:incidents"), "Résolu"));
        assertEquals(1, TestDatabase.count("select count(*) from incident where household_id = " + household
                + " and resolved_on = current_date"));
        assertEquals(1, TestDatabase.count("select count(*) from mediation_action a join incident i"
                + " on a.incident_id = i.id where i.household_id = " + household + " and a.party = 'NEIGHBOURS'"));
        screenshot("incident-resolved");
    }

    @Test
    void theOpenIncidentsListIsFilteredSortedAndExported() throws Exception {
        String marker = unique("Liste");
        long household = householdOf(householdWithMeasure(marker));
        for (String[] incident : List.of(new String[] {"DAMAGE", "2026-04-02", marker + " porte forcée"},
                new String[] {"DAMAGE", "2026-04-05", marker + " vitre brisée"},
                new String[] {"TECHNICAL_FAULT", "2026-04-03", marker + " chaudière en panne"})) {
            object(MANAGER.post("/ancrage/api/incidents", "{\"kind\":\"" + incident[0] + "\",\"householdId\":"
                    + household + ",\"occurredOn\":\"" + incident[1] + "\",\"description\":\"" + incident[2]
                    + "\",\"parties\":[\"HOUSEHOLD\",\"LANDLORD\"]}"));
        }
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navIncidents")).click();
        visible(By.id("incidents:table"));

        choose("incidents:kind", "Dégradation");
        wait.until(driver -> {
            try {
                String table = driver.findElement(By.id("incidents:table")).getText();
                return table.contains(marker + " porte forcée") && !table.contains(marker + " chaudière");
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
        screenshot("incidents-filtered");

        // Newest first: the date column's header clicked until the query sends the latest first.
        for (int click = 0; click < 3 && !newestFirst(marker); click++) {
            WebElement firstRow = browser.findElement(By.cssSelector("#incidents\\:table_data tr"));
            browser.findElement(By.cssSelector("th[id$='occurredOn']")).click();
            wait.until(ExpectedConditions.stalenessOf(firstRow));
        }
        assertTrue(newestFirst(marker), browser.findElement(By.id("incidents:table")).getText());
        List<LocalDate> dates = browser.findElements(By.cssSelector("#incidents\\:table_data tr td:first-child"))
                .stream().map(td -> LocalDate.parse(td.getText().trim(), SHOWN)).toList();
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates);
        screenshot("incidents-newest-first");

        HttpResponse<byte[]> csv = export("incidents:csv", "DAMAGE");
        assertEquals(200, csv.statusCode());
        String rows = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(rows.contains(marker + " porte forcée") && rows.contains(marker + " vitre brisée"), rows);
        assertFalse(rows.contains(marker + " chaudière"), rows);
        assertTrue(rows.contains("Dégradation"), rows);
        HttpResponse<byte[]> xlsx = export("incidents:xlsx", "DAMAGE");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
                xlsx.headers().toString());
        assertTrue(xlsx.body().length > 100 && xlsx.body()[0] == 'P' && xlsx.body()[1] == 'K');
    }

    /** Whether the incidents table shows the later of the two damages before the earlier one. */
    private boolean newestFirst(String marker) {
        try {
            String table = browser.findElement(By.id("incidents:table")).getText();
            int later = table.indexOf(marker + " vitre brisée");
            int earlier = table.indexOf(marker + " porte forcée");
            return later >= 0 && earlier >= 0 && later < earlier;
        } catch (WebDriverException redrawn) {
            return false;
        }
    }

    /**
     * Presses the export button {@code button} of the incidents page as the browser would post it
     * (same session and view state, the kind filter chosen), and returns the file sent back.
     */
    private HttpResponse<byte[]> export(String button, String kind) throws Exception {
        WebElement form = browser.findElement(By.id("incidents"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("incidents", "incidents");
        fields.put("incidents:kind_input", kind);
        fields.put(button, "");
        fields.put("jakarta.faces.ViewState", form.findElement(By.name("jakarta.faces.ViewState"))
                .getAttribute("value"));
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(form.getAttribute("action")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Replaces what a number field holds (it formats what is typed, so no waiting for the text). */
    private void number(String id, String value) {
        visible(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, value);
    }

    @Test
    void aRentalManagerAgreesARepaymentPlanWithinTheArrearsThenCancelsIt() throws Exception {
        String name = unique("Apurement");
        long measure = householdWithMeasure(name);
        long occupancy = housed(measure, name, "SUB_LEASE");
        for (String month : List.of("2026-02", "2026-03")) {
            assertEquals(201, MANAGER.post("/ancrage/api/rent/occupancies/" + occupancy + "/calls",
                    "{\"month\":\"" + month + "\"}").statusCode());
        }
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        openFile(householdOf(measure));
        openTab("Logement et loyer");
        visible(By.id("file:tabs:agreePlan")).click();
        visible(By.id("planDialog"));
        number("planForm:debt_input", "5000");
        press(By.id("planForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("planForm:messages"), "dépasse l’impayé"));
        assertEquals(0, TestDatabase.count("select count(*) from repayment_plan where occupancy_id = " + occupancy));

        number("planForm:debt_input", "600");
        number("planForm:count_input", "6");
        press(By.id("planForm:save"));
        growlSays("Plan d’apurement enregistré");
        assertEquals(1, TestDatabase.count("select count(*) from repayment_plan where occupancy_id = " + occupancy
                + " and debt = 600 and cancelled_on is null"));
        assertEquals(6, TestDatabase.count("select count(*) from repayment_instalment i join repayment_plan p"
                + " on p.id = i.plan_id where p.occupancy_id = " + occupancy));

        openTab("Logement et loyer");
        visible(By.cssSelector("button[id$='cancelPlan']")).click();
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        growlSays("Plan d’apurement annulé");
        assertEquals(1, TestDatabase.count("select count(*) from repayment_plan where occupancy_id = " + occupancy
                + " and cancelled_on = current_date"));
        openTab("Logement et loyer");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:plans"), "Annulé"));
        screenshot("repayment-plan");
    }

    @Test
    void anInsuranceCertificateThatEndsBeforeItStartsIsRefusedThenOneIsRecorded() throws Exception {
        String name = unique("Assure");
        long measure = householdWithMeasure(name);
        housed(measure, name, "SUB_LEASE");
        long household = householdOf(measure);
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        openFile(household);
        openTab("Logement et loyer");
        visible(By.id("file:tabs:recordInsurance")).click();
        type("insuranceForm:insurer", "MAIF");
        type("insuranceForm:expiresOn_input", LocalDate.now().minusDays(3)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        press(By.id("insuranceForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("insuranceForm:messages"),
                "expire avant sa date de début"));
        assertEquals(0, TestDatabase.count("select count(*) from insurance_certificate where household_id = "
                + household));

        type("insuranceForm:expiresOn_input", LocalDate.now().plusYears(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        press(By.id("insuranceForm:save"));
        growlSays("Attestation d’assurance enregistrée");
        assertEquals(1, TestDatabase.count("select count(*) from insurance_certificate where household_id = "
                + household + " and insurer = 'MAIF'"));
        openTab("Logement et loyer");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file:tabs:insurance"), "MAIF"));
    }
}
