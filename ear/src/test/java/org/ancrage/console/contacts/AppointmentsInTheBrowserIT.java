package org.ancrage.console.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Contacts on the household file (issue 15): a new contact starts at the association's local time;
 * one dated in the future is a planned appointment, then held; its author corrects a contact (the
 * trail keeps the change) and cancels another, which stays on the file as cancelled. The file
 * stays on its tab after each dialog, and each message shows once.
 */
class AppointmentsInTheBrowserIT extends BrowserTest {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AppointmentsInTheBrowserIT.class);
    }

    private void shownOnce(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
        assertEquals(1, browser.findElements(By.xpath("//*[contains(@class, 'ui-growl-message') or "
                + "contains(@class, 'ui-messages')]//*[contains(text(), \"" + text + "\")]")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).count(), "said once: " + text);
    }

    private void contactsTabStaysOpen() {
        assertTrue(browser.findElement(By.xpath("//ul[contains(@class, 'ui-tabs-nav')]/li[contains(@class, "
                + "'ui-state-active')]")).getText().contains("Contacts"), "the file stayed on its tab");
    }

    private String row(String topics) {
        return "//*[@id='file:tabs:contacts']//tr[contains(., '" + topics + "')]";
    }

    @Test
    void aFutureContactIsAnAppointmentThenHeldAndContactsAreCorrectedOrCancelledByTheirAuthor() throws Exception {
        long measure = CaseFiles.householdWithMeasure(CaseFiles.unique("Rdv"));
        long household = CaseFiles.householdOf(measure);
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        openTab("Mesures");
        visible(By.cssSelector("button[id$='logContact']")).click();

        // The default time is the association's (Paris), whatever the server's zone.
        LocalDateTime paris = LocalDateTime.now(ZoneId.of("Europe/Paris"));
        String shown = visible(By.id("contactForm:at_input")).getAttribute("value");
        LocalDateTime proposed = LocalDateTime.parse(shown, AT);
        assertTrue(Math.abs(java.time.Duration.between(proposed, paris).toMinutes()) <= 5,
                "proposed " + shown + ", Paris is " + paris.format(AT));

        String inTwoDays = paris.plusDays(2).withHour(10).withMinute(0).format(AT);
        typeStably(By.id("contactForm:at_input"), inTwoDays);
        typeStably(By.id("contactForm:topics"), "Visite prevue budget");
        press(By.id("contactForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contactDialog")));
        shownOnce("Rendez-vous prévu");
        assertEquals("PLANNED", TestDatabase.text("select status from contact where measure_id = " + measure));

        openTab("Contacts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row("Visite prevue budget")), "Prévu"));
        screenshot("appointment-planned");

        // Two days later (moved back in time here): the appointment took place.
        TestDatabase.execute("update contact set occurred_at = occurred_at - interval '3 days' where measure_id = "
                + measure);
        open("app/files/household.xhtml?id=" + household);
        openTab("Contacts");
        visible(By.xpath(row("Visite prevue budget") + "//button[contains(@id, 'held')]")).click();
        typeStably(By.id("contactChangeForm:topics"), "Visite faite budget");
        press(By.id("contactChangeForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contactChangeDialog")));
        shownOnce("Rendez-vous marqué réalisé.");
        contactsTabStaysOpen();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row("Visite faite budget")), "Réalisé"));

        // Its author corrects it: the trail keeps what it said.
        visible(By.xpath(row("Visite faite budget") + "//button[contains(@id, 'correct')]")).click();
        typeStably(By.id("contactChangeForm:topics"), "Visite faite budget et assurance");
        press(By.id("contactChangeForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contactChangeDialog")));
        shownOnce("Contact corrigé.");
        contactsTabStaysOpen();
        visible(By.xpath(row("budget et assurance")));
        long contact = TestDatabase.count("select id from contact where measure_id = " + measure);
        assertTrue(TestDatabase.count("select count(*) from audit_entry where entity_type = 'Contact' and action ="
                + " 'UPDATE' and entity_id = " + contact) >= 2, "held, then corrected: both in the trail");

        // And cancels it: it stays on the file, as cancelled, with the reason.
        visible(By.xpath(row("budget et assurance") + "//button[contains(@id, 'cancel')]")).click();
        typeStably(By.id("contactChangeForm:reason"), "Saisi sur le mauvais dossier");
        press(By.id("contactChangeForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contactChangeDialog")));
        shownOnce("Contact annulé.");
        contactsTabStaysOpen();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row("budget et assurance")),
                "Annulé — Saisi sur le mauvais dossier"));
        assertEquals("CANCELLED", TestDatabase.text("select status from contact where id = " + contact));
        screenshot("contact-cancelled");
        assertTrue(!browser.getPageSource().contains("???"));
    }

    @Test
    void anotherWorkerCannotCorrectOrCancelSomeoneElsesContact() throws Exception {
        long measure = CaseFiles.householdWithMeasure(CaseFiles.unique("Autrui"));
        long household = CaseFiles.householdOf(measure);
        long coordinator = TestDatabase.count("select id from user_account where username = 'coordinatrice'");
        TestDatabase.execute("insert into contact (id, measure_id, household_id, occurred_at, type, worker_id,"
                + " logged_by, topics) values (nextval('contact_seq'), " + measure + ", " + household
                + ", now() - interval '1 day', 'PHONE_CALL', " + coordinator + ", " + coordinator + ", 'Appel coordinatrice')");
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        openTab("Contacts");
        visible(By.xpath(row("Appel coordinatrice")));
        assertEquals(0, browser.findElements(By.xpath(row("Appel coordinatrice") + "//button")).size(),
                "only its author may change a contact");
    }
}
