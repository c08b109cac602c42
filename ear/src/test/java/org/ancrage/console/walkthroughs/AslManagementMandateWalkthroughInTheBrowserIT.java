package org.ancrage.console.walkthroughs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The ASL's IML in management mandate, seed by seed, in the console alone: the measure opens before
 * the household moves in (the pre-entry phase: office appointments to clear the situation and
 * choose the dwelling); the rental manager registers the landlord and the dwelling, signs the
 * management mandate and records the household as the tenant from its entry; the household's
 * adhesion is signed with the lease (the support contract); home visits follow; the measure runs
 * 12 months at most and the renewal dialog says that nothing more can be granted.
 */
class AslManagementMandateWalkthroughInTheBrowserIT extends Walkthrough {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AslManagementMandateWalkthroughInTheBrowserIT.class, Walkthrough.class);
    }

    @Test
    void thePreEntryPhaseThenTheTenancyUnderAManagementMandate() throws Exception {
        String name = unique("Mandat");
        String programme = "IML en mandat de gestion (ASL) " + name;
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusMonths(2).withDayOfMonth(1);
        LocalDate entry = start.plusMonths(1);

        programmeCopiedFrom("ASL-IML-MANDAT", programme);

        // The coordinator: the referral, the interview, the admission before any dwelling.
        as("coordinatrice");
        long household = newHousehold(name, "Karim", "21/09/1990");
        referral(programme, "Structure d’hébergement", "CHRS-" + name, start.minusDays(12), "CHRS Les Ormes");
        interviewAndAdmit(programme, name, start.minusDays(4), "Thomas Travailleur social", start);

        // The worker: the pre-entry phase, at the office, before the household has a dwelling.
        as("travailleur");
        file(household, "Mesures");
        contact(By.cssSelector("button[id$='logContact']"), start.plusDays(3), "Rendez-vous au bureau",
                "Phase préalable : dettes à apurer, dossier de surendettement.");
        openTab("Mesures");
        contact(By.cssSelector("button[id$='logContact']"), start.plusDays(12), "Rendez-vous au bureau",
                "Phase préalable : choix du logement selon ressources et typologie.");
        openTab("Logement et loyer");
        visible(By.id("file:tabs:housingTab"));
        inFrench();

        // The rental manager: the landlord's dwelling under a management mandate, the household its tenant.
        as("gestion");
        String address = "11 rue " + name;
        landlord("M. et Mme " + name);
        dwelling("M. et Mme " + name, address, "Verdun-" + name, programme, "395");
        contract("Mandat de gestion", entry.minusDays(10), "GLI-" + name);
        waitFor(By.id("file:tabs:contracts"), "Mandat de gestion");
        file(household, "Logement et loyer");
        place(address, "Verdun-" + name, "Locataire en titre (mandat de gestion)", entry);
        openTab("Logement et loyer");
        waitFor(By.id("dwellingAddress"), address);
        screenshot("walkthrough-mandate-tenant");

        // The worker: the adhesion signed with the lease, visits at home, the measure's limit.
        as("travailleur");
        file(household, "Mesures");
        supportContract(entry, "Appropriation du logement", "Entretenir le logement et payer le loyer au propriétaire");
        homeVisit(entry.plusDays(6), "Installation dans le logement, ouverture des droits APL.");
        openTab("Mesures");
        waitFor(By.id("file:tabs:measures"), shown(start) + " – " + shown(start.plusMonths(12).minusDays(1)));
        openRenewal();
        waitFor(By.id("renewalForm"), "ne prévoit plus de renouvellement");
        inFrench();
        screenshot("walkthrough-mandate-no-renewal");

        long measure = TestDatabase.count("select id from measure where household_id = " + household);
        assertEquals(start.toString(), TestDatabase.text("select start_date from measure where id = " + measure));
        assertEquals(1, TestDatabase.count("select count(*) from occupancy where household_id = " + household
                + " and agreement = 'TENANT_UNDER_MANDATE' and start_date = date '" + entry + "'"),
                "the household moved in a month after the measure began");
        assertEquals(2, TestDatabase.count("select count(*) from contact where measure_id = " + measure
                + " and type = 'OFFICE_APPOINTMENT' and occurred_at < date '" + entry + "'"));
        assertEquals(entry.toString(), TestDatabase.text("select contract_signed_on from measure where id = " + measure));
    }
}
