package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.YearMonth;
import java.util.Locale;
import org.ancrage.documents.DocumentService;
import org.ancrage.documents.Paper;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.Occupancy;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureRefused;
import org.ancrage.measures.MeasureService;
import org.ancrage.organisation.AssociationRefused;
import org.ancrage.organisation.LetterKind;
import org.ancrage.organisation.LetterTemplateService;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.HousingFixture;
import org.ancrage.testing.HousingServices;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The association writes the text of a letter: the next letter is written from it and names its
 * version, the letters already written keep theirs; a text that does not read, names a field the
 * letter lacks or reaches for more than its values is refused; a version saved meanwhile is not
 * overwritten; only administrators write.
 */
@ExtendWith(ArquillianExtension.class)
class LetterTextsTheAssociationWritesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(LetterTextsTheAssociationWritesIT.class);
    }

    @EJB HousingServices housing;
    @EJB RentService rent;
    @EJB RentReminderService reminders;
    @EJB LetterTemplateService letters;
    @EJB DocumentService documents;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.RentalManager manager;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.SocialWorker worker;
    @EJB MeasureService measures;

    /** The texts are the association's, shared by every test: the shipped ones again after this one. */
    @AfterEach
    void shippedTextsAgain() throws Exception {
        TestDatabase.execute("delete from letter_template");
    }

    private static String squeezed(byte[] pdf) throws Exception {
        return Pdfs.text(pdf).replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    private long documentNamed(Occupancy occupancy, String template) throws Exception {
        return TestDatabase.count("select max(id) from document where household_id = " + occupancy.getHouseholdId()
                + " and template = '" + template + "'");
    }

    @Test
    void theNextLetterTakesTheNewTextTheLettersWrittenKeepTheirs() throws Exception {
        HousingFixture fixture = housing.fixture();
        YearMonth month = AssociationClock.thisMonth();
        Occupancy occupancy = fixture.place(fixture.householdWithMeasure("Texte" + Long.toString(System.nanoTime(), 36),
                month.atDay(1)), fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, month.atDay(1).minusMonths(1)),
                month.atDay(1), "100.00");
        manager.run(() -> rent.issueRentCall(occupancy.getId(), month));

        Paper before = manager.call(() -> reminders.reminderLetter(occupancy.getId(), Locale.FRENCH));
        assertTrue(squeezed(before.pdf()).contains("Objet:rappel—loyerimpayé"));
        long shipped = documentNamed(occupancy, "REMINDER_FIRST fr v0");
        assertTrue(shipped > 0, "the letter names the text shipped with Ancrage");

        assertEquals(1, administrator.call(() -> letters.write(LetterKind.REMINDER_FIRST, "fr", 0,
                "Objet : petit rappel pour ${household}",
                "Bonjour,\n\nIl reste ${owed} à régler depuis le ${unpaidSince}.\n\nÀ bientôt.")).getVersion());
        String after = squeezed(manager.call(() -> reminders.reminderLetter(occupancy.getId(), Locale.FRENCH)).pdf());
        assertTrue(after.contains("Objet:petitrappelpourTEXTE"), after);
        assertTrue(after.contains("Ilreste") && after.contains("àréglerdepuisle"), "the new body: " + after);
        assertFalse(after.contains("Ilpeuts’agird’unoubli"), "the shipped text is no longer used: " + after);
        assertTrue(documentNamed(occupancy, "REMINDER_FIRST fr v1") > 0, "the new letter names version 1");
        assertTrue(squeezed(manager.call(() -> documents.content(shipped)).bytes()).contains("Objet:rappel—loyerimpayé"),
                "the letter written before keeps its text");
        // the English letter still has its own, shipped text
        assertTrue(squeezed(manager.call(() -> reminders.reminderLetter(occupancy.getId(), Locale.ENGLISH)).pdf())
                .contains("Re:reminder—unpaidrent"));
    }

    @Test
    void theEndOfASupportIsToldByALetterOnceTheMeasureHasEnded() throws Exception {
        Measure measure = housing.fixture().householdWithMeasure("Fin" + Long.toString(System.nanoTime(), 36),
                AssociationClock.today().minusMonths(6));
        assertEquals("measure.endLetter.notEnded", assertThrows(MeasureRefused.class,
                () -> worker.call(() -> measures.endLetter(measure.getId(), Locale.FRENCH))).messageKey());
        coordinator.run(() -> measures.endMeasure(measure.getId(), measure.getVersion(), AssociationClock.today(),
                EndReason.LEASE_TRANSFER, HousingOutcome.LEASE_TRANSFERRED));
        Paper letter = worker.call(() -> measures.endLetter(measure.getId(), Locale.FRENCH));
        String text = squeezed(letter.pdf());
        assertTrue(text.contains("Objet:findevotreaccompagnement" + measure.getProgramme().getName().replaceAll("\\s+", ""))
                && text.contains("Motif:Glissementdebail") && text.contains("Bailglisséaunomduménage"), text);
        assertEquals(1, TestDatabase.count("select count(*) from document where household_id = "
                + measure.getHouseholdId() + " and template = 'MEASURE_END fr v0'"));
    }

    @Test
    void aTextThatDoesNotReadOrReachesBeyondItsValuesIsRefusedAndNothingIsOverwritten() throws Exception {
        assertEquals("letterTemplate.unknownPlaceholder", assertThrows(AssociationRefused.class,
                () -> administrator.call(() -> letters.write(LetterKind.REFUSAL, "fr", 0, "Objet", "Bonjour ${nom}")))
                .messageKey());
        assertEquals("letterTemplate.body.invalid", assertThrows(AssociationRefused.class,
                () -> administrator.call(() -> letters.write(LetterKind.REFUSAL, "fr", 0, "Objet",
                        "Bonjour ${household"))).messageKey());
        assertEquals("letterTemplate.body.invalid", assertThrows(AssociationRefused.class,
                () -> administrator.call(() -> letters.write(LetterKind.REFUSAL, "fr", 0, "Objet",
                        "<#assign run = \"freemarker.template.utility.Execute\"?new()>Bonjour"))).messageKey(),
                "no Java class can be reached from a text");
        assertEquals("letterTemplate.subject.required", assertThrows(AssociationRefused.class,
                () -> administrator.call(() -> letters.write(LetterKind.REFUSAL, "fr", 0, " ", "Bonjour"))).messageKey());
        assertEquals(0, TestDatabase.count("select count(*) from letter_template"), "nothing refused was kept");

        administrator.run(() -> letters.write(LetterKind.REFUSAL, "fr", 0, "Objet : ${programme}", "Non : ${reason}."));
        assertThrows(ConcurrentEditException.class, () -> administrator.call(() -> letters.write(LetterKind.REFUSAL,
                "fr", 0, "Objet : autre", "Un autre texte écrit sur la version 0")));
        assertEquals(1, TestDatabase.count("select count(*) from letter_template"));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> letters.write(LetterKind.REFUSAL, "fr", 1,
                "Objet", "Texte")));
    }
}
