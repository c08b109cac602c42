package org.ancrage.console.walkthroughs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * APAR's AVDL diagnostic for a DALO commission, seed by seed, in the console alone: the
 * commission's request with its reference, the interview and the admission to the diagnostic
 * programme (no periods); the report's due date on the file; the worker's visit; the bilan offers
 * the decisions of a diagnostic ("Diagnostic remis", "Accompagnement proposé", "Sans suite"), not a
 * renewal, and is sent to the commission; the due date is then gone; the measure offers no renewal;
 * the diagnostic ends for a reason that fits a diagnostic ("Diagnostic remis", never a lease
 * transfer) and the support the commission is offered arrives as a new referral.
 */
class AparAvdlDiagnosticWalkthroughInTheBrowserIT extends Walkthrough {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AparAvdlDiagnosticWalkthroughInTheBrowserIT.class, Walkthrough.class);
    }

    @Test
    void aDaloCommissionsDiagnosticIsDueDeliveredAndLeadsToSupport() throws Exception {
        String name = unique("Dalo");
        String programme = "Diagnostic AVDL (APAR) " + name;
        String support = "AVDL (APAR)";
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusDays(20);
        String dalo = "DALO-55-" + name;

        programmeCopiedFrom("APAR-AVDL-DIAGNOSTIC", programme);

        // The coordinator: the DALO commission's request, the interview, the admission.
        as("coordinatrice");
        long household = newHousehold(name, "Nora", "01/06/1984");
        referral(programme, "Commission DALO", dalo, start.minusDays(7), "Secrétariat de la commission DALO");
        interviewAndAdmit(programme, name, start.minusDays(2), "Thomas Travailleur social", start);

        // The worker: the report's due date on the file, a visit, the bilan with the diagnostic's decisions.
        as("travailleur");
        file(household, "Contacts");
        waitFor(By.id("file:tabs:contactsTab"), "Rapport de diagnostic (" + programme + ") à remettre le "
                + shown(start.plusDays(60)));
        homeVisit(start.plusDays(5), "Diagnostic : situation locative, ressources, démarches DALO.");
        openTab("Mesures");
        press(By.cssSelector("button[id$='evaluate']"));
        assertTrue(browser.findElements(By.cssSelector("button[id$='renew']")).isEmpty(),
                "a diagnostic has no period to renew");
        visible(By.id("evaluationForm:decision")).click();
        String offered = visible(By.id("evaluationForm:decision_panel")).getText();
        assertTrue(offered.contains("Diagnostic remis") && offered.contains("Accompagnement proposé")
                && offered.contains("Sans suite"), offered);
        assertFalse(offered.contains("Renouvellement"), offered);
        visible(By.xpath("//*[@id='evaluationForm:decision_panel']//li[normalize-space(.)='Diagnostic remis']")).click();
        browser.findElement(By.cssSelector("#evaluationDialog .ui-dialog-titlebar-close")).click();
        closed("evaluationDialog");
        bilan(today.minusDays(1), "Diagnostic remis à la commission DALO : accès au logement avec accompagnement.",
                "Accompagnement proposé", today);
        openTab("Mesures");
        press(By.cssSelector("button[id$='bilans']"));
        visible(By.id("bilansDialog"));
        waitFor(By.id("bilansForm"), "Accompagnement proposé");
        waitFor(By.id("bilansForm"), shown(today));
        inFrench();
        screenshot("walkthrough-avdl-bilan");
        browser.findElement(By.cssSelector("#bilansDialog .ui-dialog-titlebar-close")).click();
        closed("bilansDialog");
        openTab("Contacts");
        waitFor(By.id("file:tabs:contactsTab"), "Diagnostic : situation locative");
        assertFalse(browser.findElement(By.id("file:tabs:contactsTab")).getText().contains("Rapport de diagnostic"));

        // The coordinator ends the diagnostic; the support the commission decided arrives as a new referral.
        as("coordinatrice");
        file(household, "Mesures");
        assertTrue(browser.findElements(By.cssSelector("button[id$='renew']")).isEmpty(),
                "a diagnostic has no period to renew");
        press(By.cssSelector("button[id$='endMeasure']"));
        visible(By.id("endForm:reason")).click();
        String reasons = visible(By.id("endForm:reason_panel")).getText();
        assertTrue(reasons.contains("Diagnostic remis") && reasons.contains("Non-adhésion du ménage"), reasons);
        assertFalse(reasons.contains("Glissement de bail") || reasons.contains("Expulsion")
                || reasons.contains("Objectifs atteints"), reasons);
        visible(By.xpath("//*[@id='endForm:reason_panel']//li[normalize-space(.)='Diagnostic remis']")).click();
        browser.findElement(By.cssSelector("#endDialog .ui-dialog-titlebar-close")).click();
        closed("endDialog");
        endMeasure(today, "Diagnostic remis", "Inconnue");
        openTab("Orientations");
        referral(support, "Commission DALO", dalo + "-ACC", today, "Secrétariat de la commission DALO");
        openTab("Orientations");
        waitFor(By.id("file:tabs:referrals"), "Réf. " + dalo + "-ACC");
        waitFor(By.id("file:tabs:referrals"), "Admise");
        inFrench();
        screenshot("walkthrough-avdl-referrals");

        long measure = TestDatabase.count("select id from measure where household_id = " + household);
        assertEquals("SUPPORT_PROPOSED", TestDatabase.text("select proposed_decision from evaluation where measure_id = "
                + measure));
        assertEquals(today.toString(), TestDatabase.text("select sent_on from evaluation where measure_id = " + measure));
        assertEquals("DIAGNOSTIC_DELIVERED", TestDatabase.text("select end_reason from measure where id = " + measure));
        assertEquals(2, TestDatabase.count("select count(*) from referral where household_id = " + household
                + " and orienting_body = 'DALO_COMMISSION'"));
    }
}
