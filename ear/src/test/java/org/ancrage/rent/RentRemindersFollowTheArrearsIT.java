package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.YearMonth;
import java.util.Locale;
import org.ancrage.documents.Paper;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.Occupancy;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ReaderFormats;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.HousingFixture;
import org.ancrage.testing.HousingServices;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rent reminder follows the account: a first reminder for a debt of this month, the last one for a
 * debt more than two months old, listing only the months still unpaid; none when nothing is owed. Each
 * is written to the trail and kept among the household's documents; a social worker prints none.
 */
@ExtendWith(ArquillianExtension.class)
class RentRemindersFollowTheArrearsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(RentRemindersFollowTheArrearsIT.class);
    }

    @EJB HousingServices housing;
    @EJB RentService rent;
    @EJB RentReminderService reminders;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.RentalManager manager;
    @EJB RunAs.SocialWorker worker;

    private static final YearMonth THIS_MONTH = AssociationClock.thisMonth();
    private static final YearMonth FOUR_MONTHS_AGO = THIS_MONTH.minusMonths(4);

    private Occupancy placed(String name) throws Exception {
        HousingFixture fixture = housing.fixture();
        return fixture.place(fixture.householdWithMeasure(name, FOUR_MONTHS_AGO.atDay(1)),
                fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, FOUR_MONTHS_AGO.atDay(1).minusMonths(1)),
                FOUR_MONTHS_AGO.atDay(1), "100.00");
    }

    private RentCall rent(Occupancy occupancy) throws Exception {
        return manager.call(() -> rent.rentCallsOf(occupancy.getId())).get(0);
    }

    private static String money(RentCall call) {
        return ReaderFormats.money(call.getAmountDue().amount(), Locale.FRENCH).replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    private static String squeezed(Paper letter) throws Exception {
        return Pdfs.text(letter.pdf()).replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    @Test
    void theReminderIsAsFirmAsTheDebtIsOld() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Occupancy recent = placed("Recent" + suffix);
        manager.run(() -> rent.issueRentCall(recent.getId(), THIS_MONTH));

        Paper first = manager.call(() -> reminders.reminderLetter(recent.getId(), Locale.FRENCH));
        String text = squeezed(first);
        assertTrue(text.contains("Objet:rappel—loyerimpayé"), text);
        assertTrue(text.contains(("RECENT" + suffix.toUpperCase())), text);
        RentCall owed = rent(recent);
        assertTrue(text.contains(money(owed)), "what is owed; " + text);
        assertEquals("relance-" + AssociationClock.today() + ".pdf", first.fileName());

        Occupancy old = placed("Ancien" + suffix);
        RentCall stale = manager.call(() -> rent.issueRentCall(old.getId(), THIS_MONTH.minusMonths(4)));
        RentCall unpaid = manager.call(() -> rent.issueRentCall(old.getId(), THIS_MONTH.minusMonths(3)));
        // 330.00 paid: the oldest month first, so the older call is settled and the next one owed
        manager.run(() -> rent.recordPayment(old.getId(), AssociationClock.today(), stale.getAmountDue(),
                Payer.HOUSEHOLD, "VIR-" + suffix, null));
        String last = squeezed(manager.call(() -> reminders.reminderLetter(old.getId(), Locale.FRENCH)));
        String month = ReaderFormats.month(unpaid.getMonth(), Locale.FRENCH).replace(" ", "");
        String settled = ReaderFormats.month(stale.getMonth(), Locale.FRENCH).replace(" ", "");
        assertTrue(last.contains(month), "the month still owed: " + last);
        assertFalse(last.contains(settled), "the month paid is not listed: " + last);
        assertTrue(last.contains("Objet:dernierrappel—loyerimpayédepuisplusdedeuxmois"),
                "unpaid for more than two months: the last reminder; " + last);

        Occupancy settledUp = placed("AJour" + suffix);
        RentCall call = manager.call(() -> rent.issueRentCall(settledUp.getId(), THIS_MONTH));
        manager.run(() -> rent.recordPayment(settledUp.getId(), AssociationClock.today(), call.getAmountDue(),
                Payer.HOUSEHOLD, "VIR2-" + suffix, null));
        assertEquals("rent.reminder.nothingOwed", assertThrows(RentRefused.class,
                () -> manager.call(() -> reminders.reminderLetter(settledUp.getId(), Locale.FRENCH))).messageKey());

        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT' and entity_type"
                + " = 'Occupancy' and entity_id = " + recent.getId() + " and username = 'rental-manager'"
                + " and changes::jsonb ->> 'paper' = 'RENT_REMINDER' and changes::jsonb ->> 'level' = 'FIRST'"));
        assertEquals(1, TestDatabase.count("select count(*) from document where household_id = "
                + recent.getHouseholdId() + " and file_name = '" + first.fileName() + "' and generated"));
        assertThrows(EJBAccessException.class, () -> worker.call(() -> reminders.reminderLetter(recent.getId(),
                Locale.FRENCH)));
    }
}
