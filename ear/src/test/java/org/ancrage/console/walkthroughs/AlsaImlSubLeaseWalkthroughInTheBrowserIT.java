package org.ancrage.console.walkthroughs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * ALSA's IML in sub-lease, seed by seed, in the console alone: the SIAO's referral with its own
 * reference, the admission interview and the admission; a landlord and a dwelling registered, the
 * association's main lease signed and the household placed under sub-lease; a home visit; a bilan
 * written and read back in full; a first renewal of 6 months, then the last 6 months that only the
 * DDETSPP's derogation allows: the dialog asks who granted it, when and its reference exactly then,
 * and the file shows the derogation on the period; at last the lease passes to the household's own
 * name (glissement de bail), which ends the sub-lease and the measure.
 */
class AlsaImlSubLeaseWalkthroughInTheBrowserIT extends Walkthrough {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AlsaImlSubLeaseWalkthroughInTheBrowserIT.class, Walkthrough.class);
    }

    @Test
    void fromTheSiaosReferralToTheLeaseInTheHouseholdsNameThroughARenewalByDerogation() throws Exception {
        String name = unique("Alsa");
        String programme = "IML en sous-location (ALSA) " + name;
        String siao = "SIAO-55-" + name;
        String landlord = "SCI " + name;
        String address = "3 rue des Tanneurs " + name;
        String city = "Verdun " + name;
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusMonths(14).withDayOfMonth(1);
        LocalDate firstEnd = start.plusMonths(6).minusDays(1);
        LocalDate secondEnd = firstEnd.plusMonths(6);
        LocalDate thirdEnd = start.plusMonths(18).minusDays(1);
        LocalDate derogationOn = secondEnd.minusDays(10);
        String derogation = "DDETSPP-55-DER-" + name;

        // The administrator: the programme from ALSA's template (6 months, 6 more, 6 last by derogation).
        programmeCopiedFrom("ALSA-IML-SOUS-LOCATION", programme);

        // The rental manager: the landlord, the dwelling for this programme, the association's main lease.
        as("gestion");
        landlord(landlord);
        dwelling(landlord, address, city, programme, "480");
        contract("Bail principal (sous-location)", start.minusMonths(1), "VISALE-" + name);

        // The coordinator: the SIAO's referral with its reference, the interview, the admission.
        as("coordinatrice");
        long household = newHousehold(name, "Samia", "14/03/1988");
        referral(programme, "SIAO", siao, start.minusDays(20), "Mme Dupont, SIAO de la Meuse");
        openTab("Orientations");
        waitFor(By.id("file:tabs:referrals"), "Réf. " + siao);
        inFrench();
        // The waiting list, downloaded like the other lists: the household with the SIAO's reference.
        visible(By.id("navReferrals")).click();
        choose("referrals:programme", programme);
        visible(By.xpath("//tr[contains(., '" + name.toUpperCase(Locale.ROOT) + "')]"));
        press(By.id("referrals:csv"));
        String waiting = Files.readString(downloaded("liste-d-attente.csv"), StandardCharsets.UTF_8);
        assertTrue(waiting.lines().anyMatch(line -> line.toUpperCase(Locale.ROOT).contains(name.toUpperCase(Locale.ROOT))
                && line.contains("SIAO — " + siao) && line.contains(shown(start.minusDays(20)))), waiting);
        interviewAndAdmit(programme, name, start.minusDays(8), "Thomas Travailleur social", start);

        // The rental manager places the household under sub-lease.
        as("gestion");
        file(household, "Logement et loyer");
        place(address, city, "Sous-location", start.plusDays(3));
        openTab("Logement et loyer");
        waitFor(By.id("dwellingAddress"), address);
        waitFor(By.id("file:tabs:agreement"), "Sous-location");
        inFrench();

        // The worker: a home visit, the first bilan proposing a renewal, read back in full; the renewal.
        as("travailleur");
        file(household, "Mesures");
        homeVisit(start.plusDays(10), "Installation dans le logement : compteurs, assurance, voisinage.");
        bilan(firstEnd.minusDays(15), "Premier semestre : installation réussie, budget fragile.", "Renouvellement",
                firstEnd.minusDays(14));
        openTab("Mesures");
        press(By.cssSelector("button[id$='bilans']"));
        visible(By.id("bilansDialog"));
        waitFor(By.id("bilansForm"), "Premier semestre : installation réussie, budget fragile.");
        String bilans = browser.findElement(By.id("bilansForm")).getText();
        assertTrue(bilans.contains("Loyer payé chaque mois ; budget tenu.")
                && bilans.contains("Démarches administratives à consolider.") && bilans.contains("Renouvellement")
                && bilans.contains(shown(firstEnd.minusDays(14))) && bilans.contains(shown(firstEnd.minusDays(15))),
                bilans);
        inFrench();
        screenshot("walkthrough-alsa-bilan");
        browser.findElement(By.cssSelector("#bilansDialog .ui-dialog-titlebar-close")).click();
        closed("bilansDialog");
        openRenewal();
        waitFor(By.id("renewalForm:stepText"), "6 mois");
        assertTrue(browser.findElements(By.id("renewalForm:grantedOn_input")).isEmpty(),
                "no derogation is asked for the first renewal");
        renew();
        openTab("Mesures");
        waitFor(By.id("file:tabs:measures"), "2. " + shown(firstEnd.plusDays(1)) + " – " + shown(secondEnd));

        // The second bilan proposes the last 6 months, which only the DDETSPP's derogation allows.
        homeVisit(secondEnd.minusDays(30), "Point sur le projet : glissement de bail envisagé avec le bailleur.");
        bilan(secondEnd.minusDays(15), "Deuxième semestre : loyer à jour, glissement à préparer.",
                "Renouvellement par dérogation", secondEnd.minusDays(14));
        openRenewal();
        waitFor(By.id("renewalForm:stepText"), "6 mois");
        waitFor(By.id("renewalForm:derogationText"), "DDETSPP");
        inFrench();
        screenshot("walkthrough-alsa-derogation-asked");
        // Without the derogation's date and reference, nothing is renewed: each is asked at its field.
        press(By.id("renewalForm:save"));
        wait.until(d -> d.findElements(By.cssSelector("#renewalForm .ui-message-error")).size() >= 2);
        inFrench();
        long measure = TestDatabase.count("select id from measure where household_id = " + household);
        assertEquals(2, TestDatabase.count("select count(*) from measure_period where measure_id = " + measure));
        type("renewalForm:grantedBy", "DDETSPP de la Meuse");
        type("renewalForm:grantedOn_input", shown(derogationOn));
        type("renewalForm:derogationReference", derogation);
        renew();
        openTab("Mesures");
        waitFor(By.id("file:tabs:measures"), "3. " + shown(secondEnd.plusDays(1)) + " – " + shown(thirdEnd));
        waitFor(By.id("file:tabs:measures"), "par dérogation de DDETSPP de la Meuse du " + shown(derogationOn)
                + ", réf. " + derogation + ", enregistrée par Thomas Travailleur social");
        inFrench();
        screenshot("walkthrough-alsa-derogation-shown");
        // 18 months reached: the programme plans no further period, so no renewal is offered; the file says why.
        waitFor(By.cssSelector("[id$='noRenewal']"), "ne prévoit plus de renouvellement");
        assertTrue(browser.findElements(By.cssSelector("button[id$='renew']")).isEmpty(),
                "no « Renouveler » once the programme plans no next period");
        inFrench();
        bilan(today.minusDays(5), "Troisième semestre : autonomie acquise, le bailleur accepte le glissement.",
                "Glissement de bail", today.minusDays(4));

        // The rental manager: the lease passes to the household's name; the sub-lease and the measure end.
        as("gestion");
        file(household, "Logement et loyer");
        press(By.id("file:tabs:transfer"));
        visible(By.id("transferDialog"));
        type("transferForm:transferOn_input", shown(today));
        inFrench();
        press(By.id("transferForm:save"));
        press(By.id("transferForm:yes"));
        growlSays("Bail glissé au nom du ménage");
        closed("transferDialog");
        openTab("Mesures");
        waitFor(By.id("file:tabs:measures"), "Glissement de bail");
        waitFor(By.id("file:tabs:measures"), "Terminée");
        inFrench();
        screenshot("walkthrough-alsa-lease-transferred");

        assertEquals(3, TestDatabase.count("select count(*) from measure_period where measure_id = " + measure));
        assertEquals(1, TestDatabase.count("select count(*) from measure_period where measure_id = " + measure
                + " and kind = 'DEROGATION' and derogation_reference = '" + derogation + "'"));
        assertEquals("ENDED", TestDatabase.text("select status from measure where id = " + measure));
        assertEquals("LEASE_TRANSFER", TestDatabase.text("select end_reason from measure where id = " + measure));
        assertEquals("LEASE_TRANSFER", TestDatabase.text("select ended_by from occupancy where measure_id = " + measure));
        assertEquals("LEFT_STOCK", TestDatabase.text("select d.state from dwelling d join occupancy o on o.dwelling_id = d.id"
                + " where o.measure_id = " + measure));
        assertEquals(1, TestDatabase.count("select count(*) from referral where household_id = " + household
                + " and orienting_body = 'SIAO' and orienting_reference = '" + siao + "'"));
        assertEquals(3, TestDatabase.count("select count(*) from evaluation where measure_id = " + measure));
        assertFalse(TestDatabase.text("select derogation_recorded_by from measure_period where measure_id = "
                + measure + " and kind = 'DEROGATION'").isBlank());
    }
}
