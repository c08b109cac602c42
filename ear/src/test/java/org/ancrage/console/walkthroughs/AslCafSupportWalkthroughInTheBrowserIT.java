package org.ancrage.console.walkthroughs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;

/**
 * The ASL's CAF-funded support, seed by seed, in the console alone: a landlord's referral for rent
 * arrears, the interview, the admission; the household, tenant of a dwelling the association
 * manages, is called its rent for two months and pays part of it; the rental manager agrees a
 * repayment plan for the debt and a first instalment is paid towards it; the worker signs the
 * support contract (first the finances) and follows the plan from the file.
 */
class AslCafSupportWalkthroughInTheBrowserIT extends Walkthrough {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AslCafSupportWalkthroughInTheBrowserIT.class, Walkthrough.class);
    }

    private void call(LocalDate month) throws Exception {
        openTab("Logement et loyer");
        press(By.id("file:tabs:issueCall"));
        visible(By.id("callDialog"));
        choose("callForm:month", month.format(MONTH));
        inFrench();
        press(By.id("callForm:save"));
        growlSays("Appel de loyer émis");
        closed("callDialog");
    }

    private void payment(String digits, String reference, boolean towardsThePlan) throws Exception {
        press(By.id("file:pay"));
        visible(By.id("paymentDialog"));
        amount("paymentForm:amount_input", digits);
        choose("paymentForm:method", "virement");
        type("paymentForm:reference", reference);
        if (towardsThePlan) {
            wait.until(driver -> {
                try {
                    driver.findElement(By.id("paymentForm:plan")).click();
                    visible(By.xpath("//*[@id='paymentForm:plan_panel']//li[2]")).click();
                    return driver.findElement(By.id("paymentForm:plan_label")).getText().startsWith("Plan en cours");
                } catch (WebDriverException redrawn) {
                    return false;
                }
            });
        }
        inFrench();
        press(By.id("paymentForm:save"));
        growlSays("Paiement enregistré");
        closed("paymentDialog");
    }

    @Test
    void rentArrearsFollowedOnARepaymentPlanUnderCafSupport() throws Exception {
        String name = unique("Caf");
        String programme = "Accompagnement simple CAF (ASL) " + name;
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusMonths(2).withDayOfMonth(1);

        programmeCopiedFrom("ASL-CAF-SIMPLE", programme);

        // The coordinator: the landlord's referral for arrears, the interview, the admission.
        as("coordinatrice");
        long household = newHousehold(name, "Samia", "30/06/1985");
        referral(programme, "Bailleur", "IMP-" + name, start.minusDays(10), "Gestionnaire du cabinet Lorrain");
        interviewAndAdmit(programme, name, start.minusDays(3), "Thomas Travailleur social", start);

        // The rental manager: the dwelling managed for its owner, the household its tenant; two months called.
        as("gestion");
        String address = "5 rue " + name;
        landlord("Cabinet " + name);
        dwelling("Cabinet " + name, address, "Verdun-" + name, programme, "400");
        contract("Mandat de gestion", start.minusMonths(1), "MANDAT-" + name);
        file(household, "Logement et loyer");
        place(address, "Verdun-" + name, "Locataire en titre (mandat de gestion)", start);
        call(start);
        call(start.plusMonths(1));
        openTab("Logement et loyer");
        waitFor(By.id("file:tabs:balanceAmount"), "880,00 €");
        payment("200", "VIR-" + name, false);
        openTab("Logement et loyer");
        waitFor(By.id("file:tabs:balanceAmount"), "680,00 €");

        // The debt on a plan of four instalments, the first one paid towards it.
        press(By.id("file:tabs:agreePlan"));
        visible(By.id("planDialog"));
        amount("planForm:count_input", "4");
        inFrench();
        press(By.id("planForm:save"));
        growlSays("Plan d’apurement enregistré");
        closed("planDialog");
        payment("170", "VIR-PLAN-" + name, true);
        openTab("Logement et loyer");
        waitFor(By.id("file:tabs:balanceAmount"), "510,00 €");
        waitFor(By.id("file:tabs:plans"), "510,00 €");
        screenshot("walkthrough-caf-plan");

        // The worker: the support contract, first the finances; the plan followed from the file.
        as("travailleur");
        file(household, "Mesures");
        supportContract(start.plusDays(10), "Budget", "Respecter le plan d’apurement et payer le loyer courant");
        contact(By.cssSelector("button[id$='logContact']"), today.minusDays(2), "Rendez-vous au bureau",
                "Budget revu : le plan d’apurement est tenu.");
        openTab("Logement et loyer");
        waitFor(By.id("file:tabs:plans"), "510,00 €");
        inFrench();

        long occupancy = TestDatabase.count("select id from occupancy where household_id = " + household);
        assertEquals(2, TestDatabase.count("select count(*) from rent_call where occupancy_id = " + occupancy));
        assertEquals(1, TestDatabase.count("select count(*) from repayment_plan where occupancy_id = " + occupancy
                + " and debt = 680.00"));
        assertEquals(1, TestDatabase.count("select count(*) from payment p join repayment_plan r on r.id ="
                + " p.repayment_plan_id where p.occupancy_id = " + occupancy + " and p.amount = 170.00"));
        assertEquals("IMP-" + name, TestDatabase.text("select orienting_reference from referral where household_id = "
                + household));
    }
}
