package org.ancrage.console.walkthroughs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The ASL's IML under management mandate, seed by seed, in the console alone: the owner's dwelling
 * managed by the association under a mandate; the measure starts before the household moves in
 * (the pre-entry phase, shown on the file until the household is placed), with an office
 * appointment to prepare the entry; the household placed as the tenant in its own name, the
 * support contract signed with the lease; the month's rent called; the bilan at the end of the
 * 12 months and the end of the measure, the household staying in its home.
 */
class AslManagementMandateWalkthroughInTheBrowserIT extends Walkthrough {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AslManagementMandateWalkthroughInTheBrowserIT.class, Walkthrough.class);
    }

    @Test
    void aPreEntryPhaseThenTheTenancyUnderMandateToTheEndOfTheTwelveMonths() throws Exception {
        String name = unique("Mandat");
        String programme = "IML en mandat de gestion (ASL) " + name;
        String landlord = "SCI " + name;
        String address = "12 rue Saint-Sauveur " + name;
        String city = "Verdun " + name;
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusMonths(12).withDayOfMonth(1);
        LocalDate entry = start.plusMonths(1);
        LocalDate end = start.plusMonths(12).minusDays(1);

        // The administrator: the programme from the ASL's template (12 months, no renewal).
        programmeCopiedFrom("ASL-IML-MANDAT", programme);

        // The rental manager: the owner, the dwelling, the management mandate signed before the entry.
        as("gestion");
        landlord(landlord);
        dwelling(landlord, address, city, programme, "420");
        contract("Mandat de gestion", start.minusMonths(2), "GLI-" + name);

        // The coordinator: the SIAO's referral, the interview, the admission before the entry.
        as("coordinatrice");
        long household = newHousehold(name, "Karim", "09/09/1990");
        referral(programme, "SIAO", "SIAO-55-" + name, start.minusDays(25), "M. Hardy, SIAO de la Meuse");
        interviewAndAdmit(programme, name, start.minusDays(12), "Thomas Travailleur social", start);

        // The worker: the pre-entry phase shown on the measure, an office appointment to prepare the entry.
        as("travailleur");
        file(household, "Mesures");
        waitFor(By.id("file:tabs:measures"), "Phase préalable à l’entrée dans le logement");
        inFrench();
        screenshot("walkthrough-mandate-pre-entry");
        openTab("Mesures");
        contact(By.cssSelector("button[id$='logContact']"), start.plusDays(6), "Rendez-vous au bureau",
                "Phase préalable : visite du logement proposé, budget d’installation, ouverture des compteurs.");

        // The rental manager: the household enters as the tenant under the mandate; the month's rent called.
        as("gestion");
        file(household, "Logement et loyer");
        place(address, city, "Locataire en titre (mandat de gestion)", entry);
        openTab("Logement et loyer");
        waitFor(By.id("dwellingAddress"), address);
        waitFor(By.id("file:tabs:agreement"), "Locataire en titre (mandat de gestion)");
        press(By.id("file:tabs:issueCall"));
        visible(By.id("callDialog"));
        choose("callForm:month", YearMonth.from(entry).atDay(1).format(MONTH));
        inFrench();
        press(By.id("callForm:save"));
        growlSays("Appel de loyer émis.");
        closed("callDialog");
        openTab("Logement et loyer");
        waitFor(By.id("file:tabs:balanceAmount"), "460,00 €");
        inFrench();

        // The worker: the pre-entry phase is over; the support contract signed with the lease; visits; the bilan.
        as("travailleur");
        file(household, "Mesures");
        assertFalse(browser.findElement(By.id("file:tabs:measures")).getText()
                .contains("Phase préalable à l’entrée dans le logement"));
        supportContract(entry, "Appropriation du logement", "S’approprier le logement et payer le loyer au mandataire.");
        homeVisit(entry.plusDays(10), "Installation : assurance habitation souscrite, compteurs à son nom.");
        bilan(end.minusDays(15), "Fin des 12 mois : loyer payé, logement approprié.", "Fin de mesure",
                end.minusDays(14));

        // The coordinator ends the measure at the end of the 12 months; the household stays the tenant.
        as("coordinatrice");
        file(household, "Mesures");
        endMeasure(end, "Objectifs atteints", "Maintien dans le logement");
        openTab("Mesures");
        waitFor(By.id("file:tabs:measures"), "Objectifs atteints");
        inFrench();
        screenshot("walkthrough-mandate-ended");

        long measure = TestDatabase.count("select id from measure where household_id = " + household);
        assertEquals("ENDED", TestDatabase.text("select status from measure where id = " + measure));
        assertEquals(start.toString(), TestDatabase.text("select start_date from measure where id = " + measure));
        assertEquals("TENANT_UNDER_MANDATE", TestDatabase.text("select agreement from occupancy where measure_id = "
                + measure));
        assertEquals(entry.toString(), TestDatabase.text("select start_date from occupancy where measure_id = "
                + measure));
        assertEquals(1, TestDatabase.count("select count(*) from evaluation where measure_id = " + measure));
    }
}
