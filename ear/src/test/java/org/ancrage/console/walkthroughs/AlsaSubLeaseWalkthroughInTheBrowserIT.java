package org.ancrage.console.walkthroughs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * ALSA's IML in sub-lease, seed by seed, in the console alone: the SIAO's referral with its request
 * number, the admission interview, the admission; the rental manager registers the landlord and the
 * dwelling, signs the main lease and places the household under a sub-lease; the worker's home
 * visits and bilan, the ordinary renewal of 6 months, then the last 6 months by the DDETSPP's
 * derogation (authority, date, reference) shown on its period; finally the lease transferred into
 * the household's name, which ends the measure.
 */
class AlsaSubLeaseWalkthroughInTheBrowserIT extends Walkthrough {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AlsaSubLeaseWalkthroughInTheBrowserIT.class, Walkthrough.class);
    }

    @Test
    void aSiaoReferralFromAdmissionToTheLeaseTransfer() throws Exception {
        String name = unique("Alsa");
        String programme = "IML en sous-location (ALSA) " + name;
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusMonths(11).withDayOfMonth(1);
        String siao = "SIAO-55-" + name;

        // The administrator sets up the association's programme from ALSA's template.
        programmeCopiedFrom("ALSA-IML-SOUS-LOCATION", programme);

        // The coordinator: the household, the SIAO's referral, the interview, the admission.
        as("coordinatrice");
        long household = newHousehold(name, "Aïcha", "14/03/1987");
        referral(programme, "SIAO", siao, start.minusDays(20), "Mme Roy, SIAO de la Meuse");
        openTab("Orientations");
        waitFor(By.id("file:tabs:referrals"), "Réf. " + siao);
        interviewAndAdmit(programme, name, start.minusDays(10), "Thomas Travailleur social", start);
        screenshot("walkthrough-alsa-admitted");

        // The rental manager: landlord, dwelling, main lease, placement under a sub-lease.
        as("gestion");
        String address = "3 rue " + name;
        landlord("SCI " + name);
        dwelling("SCI " + name, address, "Verdun-" + name, programme, "420");
        contract("Bail principal (sous-location)", start.minusMonths(1), "VISALE-" + name);
        file(household, "Logement et loyer");
        place(address, "Verdun-" + name, "Sous-location", start.plusDays(14));
        openTab("Logement et loyer");
        waitFor(By.id("dwellingAddress"), address);

        // The worker: visits and bilan, the ordinary renewal of 6 months.
        as("travailleur");
        file(household, "Mesures");
        homeVisit(start.plusDays(20), "Installation : état des lieux, ouverture des compteurs.");
        homeVisit(start.plusMonths(2), "Budget du mois revu avec le ménage.");
        LocalDate firstBilan = start.plusMonths(5).plusDays(10);
        bilan(firstBilan, "Six mois dans le logement : appropriation réussie.", "Renouvellement", firstBilan.plusDays(2));
        openRenewal();
        waitFor(By.id("renewalForm:stepText"), "6 mois");
        assertTrue(browser.findElements(By.id("renewalForm:grantedBy")).isEmpty(), "no derogation asked yet");
        renew();

        // Twelve months later, the last 6 months only by the DDETSPP's derogation: asked, refused without it.
        homeVisit(today.minusDays(3), "Préparation du glissement du bail avec le bailleur.");
        bilan(today, "Glissement à préparer : encore six mois.", "Renouvellement par dérogation", today);
        openRenewal();
        waitFor(By.id("renewalForm:derogationText"), "dérogation (DDETSPP)");
        press(By.id("renewalForm:save"));
        waitFor(By.xpath("//*[@id='renewalForm:derogationReference']/following-sibling::*[1]"), "obligatoire");
        inFrench();
        type("renewalForm:grantedBy", "DDETSPP de la Meuse");
        type("renewalForm:grantedOn_input", shown(today.minusDays(1)));
        type("renewalForm:derogationReference", "DER-" + name);
        screenshot("walkthrough-alsa-derogation");
        renew();
        openTab("Mesures");
        waitFor(By.id("file:tabs:measures"), "par dérogation de DDETSPP de la Meuse du " + shown(today.minusDays(1))
                + ", réf. DER-" + name + ", enregistrée par travailleur");
        inFrench();

        // The rental manager: the lease passes into the household's name, which ends the measure.
        as("gestion");
        file(household, "Logement et loyer");
        press(By.id("file:tabs:transfer"));
        visible(By.id("transferDialog"));
        type("transferForm:transferOn_input", shown(today));
        inFrench();
        press(By.id("transferForm:save"));
        press(By.id("transferForm:yes"));
        growlSays("Bail glissé au nom du ménage");
        file(household, "Mesures");
        waitFor(By.id("file:tabs:measures"), "Bail glissé au nom du ménage");
        screenshot("walkthrough-alsa-lease-transferred");

        // What the console did, read afterwards.
        long measure = TestDatabase.count("select id from measure where household_id = " + household);
        assertEquals(siao, TestDatabase.text("select orienting_reference from referral where household_id = "
                + household));
        assertEquals(1, TestDatabase.count("select count(*) from referral where household_id = " + household
                + " and interview_outcome = 'FAVOURABLE'"));
        assertEquals(3, TestDatabase.count("select count(*) from measure_period where measure_id = " + measure));
        assertEquals(1, TestDatabase.count("select count(*) from measure_period where measure_id = " + measure
                + " and kind = 'DEROGATION' and derogation_reference = 'DER-" + name + "'"));
        assertEquals(2, TestDatabase.count("select count(*) from evaluation where measure_id = " + measure));
        assertEquals(3, TestDatabase.count("select count(*) from contact where measure_id = " + measure));
        assertEquals(1, TestDatabase.count("select count(*) from occupancy where household_id = " + household
                + " and ended_by = 'LEASE_TRANSFER'"));
        assertEquals("ENDED", TestDatabase.text("select status from measure where id = " + measure));
        assertEquals("LEASE_TRANSFERRED", TestDatabase.text("select housing_outcome from measure where id = " + measure));
    }
}
