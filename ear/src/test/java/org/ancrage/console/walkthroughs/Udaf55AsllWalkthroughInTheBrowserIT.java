package org.ancrage.console.walkthroughs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Locale;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * UDAF 55's ASLL, seed by seed, in the console alone: measures of 3 months; the end-of-measure
 * report due 10 days before the period ends, shown as the worker's deadline; a renewal of 3 months;
 * the report written and the measure ended; the follow-up home visit due 6 months after the end,
 * shown on the file and in the worker's deadlines until it is logged, then gone from both.
 * The worker is an account the administrator opens for this walkthrough, so that its deadlines are
 * this household's alone.
 */
class Udaf55AsllWalkthroughInTheBrowserIT extends Walkthrough {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(Udaf55AsllWalkthroughInTheBrowserIT.class, Walkthrough.class);
    }

    @Test
    void threeMonthPeriodsTheReportTenDaysBeforeTheEndAndTheFollowUpVisitSixMonthsAfter() throws Exception {
        String name = unique("Udaf");
        String programme = "ASLL accès / maintien (UDAF 55) " + name;
        String worker = "w-" + name.toLowerCase(Locale.ROOT);
        String workerName = "Ulysse " + name;
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusMonths(11).withDayOfMonth(1);
        LocalDate firstEnd = start.plusMonths(3).minusDays(1);
        LocalDate secondEnd = firstEnd.plusDays(1).plusMonths(3).minusDays(1);
        LocalDate end = today.minusMonths(6);

        // The administrator: the programme from UDAF 55's template, and the worker's account.
        programmeCopiedFrom("UDAF55-ASLL", programme);
        socialWorkerAccount(worker, workerName);

        // The coordinator: the MTAS's referral, the interview, the admission to the new worker.
        as("coordinatrice");
        long household = newHousehold(name, "Bruno", "02/11/1979");
        referral(programme, "Service social du département (MTAS)", "MTAS-" + name, start.minusDays(15),
                "M. Colin, MTAS de Verdun");
        interviewAndAdmit(programme, name, start.minusDays(5), workerName, start);

        // The worker's deadlines: the report due 10 days before the end of the 3-month period.
        asOwnAccount(worker);
        String caseload = "//*[@id='caseload']//tr[contains(., '" + name.toUpperCase(Locale.ROOT) + "')]";
        waitFor(By.xpath(caseload), shown(firstEnd.minusDays(10)));
        waitFor(By.xpath(caseload), shown(firstEnd));
        screenshot("walkthrough-udaf-deadline");
        file(household, "Mesures");
        homeVisit(start.plusDays(7), "Premier rendez-vous au domicile : budget et dettes.");
        homeVisit(start.plusDays(21), "Dossier FSL déposé avec le ménage.");
        bilan(firstEnd.minusDays(10), "Bilan de la période : maintien dans le logement à consolider.", "Renouvellement",
                firstEnd.minusDays(10));
        openRenewal();
        waitFor(By.id("renewalForm:stepText"), "3 mois");
        renew();
        visible(By.id("navHome")).click();
        waitFor(By.xpath(caseload), shown(secondEnd.minusDays(10)));
        inFrench();

        // The end-of-measure report, sent 10 days before the end.
        file(household, "Mesures");
        homeVisit(end.minusDays(20), "Point sur les objectifs du contrat.");
        bilan(end.minusDays(10), "Bilan de fin de mesure : objectifs atteints, loyer à jour.", "Fin de mesure",
                end.minusDays(10));

        // The coordinator ends the measure on the report's proposal.
        as("coordinatrice");
        file(household, "Mesures");
        endMeasure(end, "Objectifs atteints", "Maintien dans le logement");
        openTab("Mesures");
        waitFor(By.id("file:tabs:measures"), "Objectifs atteints");

        // Six months after the end, the follow-up visit is due: on the file, and in the worker's deadlines.
        LocalDate followUp = end.plusMonths(6);
        openTab("Contacts");
        waitFor(By.id("file:tabs:contactsTab"), "Visite de suivi (" + programme + ") due le " + shown(followUp));
        remindersRun();
        asOwnAccount(worker);
        String alert = "//*[@id='alerts:table']//tr[contains(., '" + name.toUpperCase(Locale.ROOT) + "')]";
        waitFor(By.xpath(alert), "Visite de suivi après la mesure");
        waitFor(By.xpath(alert), shown(followUp));
        screenshot("walkthrough-udaf-follow-up-due");

        // The visit logged (with the sector's social worker): gone from the file and from the deadlines.
        file(household, "Contacts");
        contact(By.cssSelector("button[id$='logFollowUp']"), today.minusDays(1), "Visite à domicile",
                "Visite de suivi avec l’assistante sociale de secteur : maintien assuré.");
        openTab("Contacts");
        waitFor(By.id("file:tabs:contactsTab"), "Visite de suivi avec l’assistante sociale");
        assertFalse(browser.findElement(By.id("file:tabs:contactsTab")).getText().contains("Visite de suivi ("));
        visible(By.id("navHome")).click();
        visible(By.id("alerts:table"));
        assertFalse(browser.findElement(By.id("alerts:table")).getText().contains(name.toUpperCase(Locale.ROOT)),
                browser.findElement(By.id("alerts:table")).getText());
        inFrench();

        long measure = TestDatabase.count("select id from measure where household_id = " + household);
        assertEquals(2, TestDatabase.count("select count(*) from measure_period where measure_id = " + measure));
        assertEquals("ENDED", TestDatabase.text("select status from measure where id = " + measure));
        assertEquals(followUp.toString(), TestDatabase.text("select follow_up_due from measure where id = " + measure));
        assertEquals(1, TestDatabase.count("select count(*) from alert where measure_id = " + measure
                + " and kind = 'FOLLOW_UP_DUE' and resolved_at is not null"));
    }
}
