package org.ancrage.console.walkthroughs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;

/**
 * The ASL's CAF-funded simple support, seed by seed, in the console alone: a household referred for
 * its rent arrears, admitted, placed in a dwelling the association rents; the rental manager issues
 * two months' calls and records a partial payment; the arrears show on the arrears list; a
 * repayment plan in equal monthly instalments is agreed (a debt above the arrears refused at the
 * dialog), its first instalment paid and followed on the file; the worker's bilan proposes the end
 * and the coordinator ends the measure, the household staying in its home.
 */
class AslCafSupportWalkthroughInTheBrowserIT extends Walkthrough {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AslCafSupportWalkthroughInTheBrowserIT.class, Walkthrough.class);
    }

    @Test
    void arrearsFollowedOnARepaymentPlanFromTheReferralToTheEndOfTheMeasure() throws Exception {
        String name = unique("Caf");
        String programme = "Accompagnement simple CAF (ASL) " + name;
        String landlord = "SCI " + name;
        String address = "9 rue du Mazel " + name;
        String city = "Verdun " + name;
        LocalDate today = LocalDate.now();
        YearMonth first = YearMonth.from(today).minusMonths(2);
        LocalDate start = first.atDay(1);
        LocalDate paidOn = first.plusMonths(1).atDay(10);

        // The administrator: the programme from the ASL's CAF template (no length set).
        programmeCopiedFrom("ASL-CAF-SIMPLE", programme);

        // The rental manager: the landlord, the dwelling for this programme, the association's main lease.
        as("gestion");
        landlord(landlord);
        dwelling(landlord, address, city, programme, "450");
        contract("Bail principal (sous-location)", start.minusMonths(1), "VISALE-" + name);

        // The coordinator: the CAF's referral for the arrears, the interview, the admission.
        as("coordinatrice");
        long household = newHousehold(name, "Nadia", "21/06/1985");
        referral(programme, "Caisse d’allocations familiales (CAF)", "CAF-55-" + name, start.minusDays(20),
                "Mme Lefort, travailleuse sociale de la CAF de la Meuse");
        interviewAndAdmit(programme, name, start.minusDays(10), "Thomas Travailleur social", start);

        // The rental manager places the household and issues the calls of its first two months.
        as("gestion");
        file(household, "Logement et loyer");
        place(address, city, "Sous-location", start);
        rentCall(first);
        rentCall(first.plusMonths(1));
        openTab("Logement et loyer");
        waitFor(By.id("file:tabs:statement"), "Appel de loyer " + first.atDay(1).format(MONTH));
        waitFor(By.id("file:tabs:balanceAmount"), "980,00 €");
        inFrench();

        // A partial payment by bank transfer.
        press(By.id("file:pay"));
        visible(By.id("paymentDialog"));
        type("paymentForm:paidOn_input", shown(paidOn));
        amount("paymentForm:amount_input", "300");
        choose("paymentForm:method", "virement");
        type("paymentForm:reference", "VIR-" + name);
        inFrench();
        press(By.id("paymentForm:save"));
        growlSays("Paiement enregistré");
        closed("paymentDialog");
        openTab("Logement et loyer");
        waitFor(By.id("file:tabs:balanceAmount"), "680,00 €");
        inFrench();

        // The arrears list: the household with what it owes.
        visible(By.id("navArrears")).click();
        visible(By.id("arrears:table:household:filter")).sendKeys(name.toUpperCase(Locale.ROOT));
        String arrears = "//*[@id='arrears:table']//tr[contains(., '" + name.toUpperCase(Locale.ROOT) + "')]";
        waitFor(By.xpath(arrears), "680,00 €");
        inFrench();
        screenshot("walkthrough-caf-arrears");

        // The repayment plan: above the arrears it is refused in the dialog; 4 equal monthly instalments.
        file(household, "Logement et loyer");
        press(By.id("file:tabs:agreePlan"));
        visible(By.id("planDialog"));
        amount("planForm:debt_input", "1000");
        amount("planForm:count_input", "4");
        inFrench();
        press(By.id("planForm:save"));
        waitFor(By.id("planForm:debtMessage"), "La dette du plan (1 000,00 €) dépasse l’impayé du jour (680,00 €).");
        inFrench();
        assertEquals(0, TestDatabase.count("select count(*) from repayment_plan where household_id = " + household));
        amount("planForm:debt_input", "680");
        press(By.id("planForm:save"));
        growlSays("Plan d’apurement enregistré");
        closed("planDialog");
        LocalDate firstDue = today.plusMonths(1).withDayOfMonth(5);
        openTab("Logement et loyer");
        waitFor(By.id("file:tabs:plans"), "1. " + shown(firstDue) + " — 170,00 € — À venir");
        waitFor(By.id("file:tabs:plans"), "4. " + shown(firstDue.plusMonths(3)) + " — 170,00 € — À venir");
        inFrench();

        // The first instalment paid towards the plan: followed on the file.
        press(By.id("file:pay"));
        visible(By.id("paymentDialog"));
        amount("paymentForm:amount_input", "170");
        choose("paymentForm:method", "chèque");
        type("paymentForm:reference", "CHQ " + name);
        wait.until(driver -> {
            try {
                driver.findElement(By.id("paymentForm:plan")).click();
                visible(By.xpath("//*[@id='paymentForm:plan_panel']//li[2]")).click();
                return driver.findElement(By.id("paymentForm:plan_label")).getText().replace('\u00a0', ' ')
                        .replace('\u202f', ' ').equals("Plan en cours, reste 680,00 €");
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
        inFrench();
        press(By.id("paymentForm:save"));
        growlSays("Paiement enregistré");
        closed("paymentDialog");
        openTab("Logement et loyer");
        waitFor(By.id("file:tabs:plans"), "1. " + shown(firstDue) + " — 170,00 € — Payée");
        waitFor(By.id("file:tabs:plans"), "2. " + shown(firstDue.plusMonths(1)) + " — 170,00 € — À venir");
        waitFor(By.id("file:tabs:plans"), "Respecté");
        waitFor(By.id("file:tabs:plans"), "510,00 €");
        waitFor(By.id("file:tabs:balanceAmount"), "510,00 €");
        inFrench();
        screenshot("walkthrough-caf-plan-followed");

        // The worker: a home visit on the budget, the bilan proposing the end of the measure.
        as("travailleur");
        file(household, "Mesures");
        homeVisit(start.plusDays(12), "Budget revu avec le ménage ; dossier FSL maintien déposé.");
        bilan(today.minusDays(2), "Impayé contenu : plan d’apurement signé et respecté.", "Fin de mesure",
                today.minusDays(1));

        // The coordinator ends the measure; the household stays in its home.
        as("coordinatrice");
        file(household, "Mesures");
        endMeasure(today, "Objectifs atteints", "Maintien dans le logement");
        openTab("Mesures");
        waitFor(By.id("file:tabs:measures"), "Objectifs atteints");
        inFrench();
        // The letter telling the household its support has ended, written from the association's text
        press(By.cssSelector("button[id$='endLetter']"));
        String letter = Pdfs.text(Files.readAllBytes(downloaded("lettre-fin-accompagnement-" + today + ".pdf")))
                .replaceAll("[\\s\\u00a0]+", "");
        assertTrue(letter.contains("Motif:Objectifsatteints") && letter.contains("Maintiendanslelogement"), letter);

        long measure = TestDatabase.count("select id from measure where household_id = " + household);
        long occupancy = TestDatabase.count("select id from occupancy where household_id = " + household);
        assertEquals("ENDED", TestDatabase.text("select status from measure where id = " + measure));
        assertEquals(2, TestDatabase.count("select count(*) from rent_call where occupancy_id = " + occupancy));
        assertEquals(1, TestDatabase.count("select count(*) from repayment_plan where occupancy_id = " + occupancy
                + " and debt = 680.00"));
        assertEquals(4, TestDatabase.count("select count(*) from repayment_instalment i join repayment_plan p"
                + " on p.id = i.plan_id where p.occupancy_id = " + occupancy + " and i.amount = 170.00"));
        assertEquals(1, TestDatabase.count("select count(*) from payment where occupancy_id = " + occupancy
                + " and amount = 170.00 and repayment_plan_id is not null"));
        assertEquals(1, TestDatabase.count("select count(*) from evaluation where measure_id = " + measure));
        assertEquals(1, TestDatabase.count("select count(*) from referral where household_id = " + household
                + " and orienting_body = 'CAF' and orienting_reference = 'CAF-55-" + name + "'"));
        assertTrue(TestDatabase.text("select end_reason from measure where id = " + measure).equals("OBJECTIVES_REACHED"));
    }

    /** The rental manager issues the call of {@code month} from the household's account. */
    private void rentCall(YearMonth month) throws IOException {
        openTab("Logement et loyer");
        press(By.id("file:tabs:issueCall"));
        visible(By.id("callDialog"));
        choose("callForm:month", month.atDay(1).format(MONTH));
        inFrench();
        press(By.id("callForm:save"));
        growlSays("Appel de loyer émis.");
        closed("callDialog");
    }
}
