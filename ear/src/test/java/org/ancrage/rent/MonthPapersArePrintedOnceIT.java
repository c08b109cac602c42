package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.time.YearMonth;
import java.util.Properties;
import org.ancrage.documents.Paper;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.Occupancy;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.Jobs;
import org.ancrage.money.Money;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.HousingFixture;
import org.ancrage.testing.HousingServices;
import org.ancrage.testing.JobRuns;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The month's run (the rent-calls job) prints the notice of every call of the month and the
 * quittance of every month before paid in full — never of one partly paid — each once, however many
 * times it runs, kept among the household's documents; the rental manager prints them bound in one PDF.
 * The job runs on a month far ahead (its calls touch no other test's arrears); the quittances are
 * printed by the same service call the job's step makes, on a past month paid here.
 */
@ExtendWith(ArquillianExtension.class)
class MonthPapersArePrintedOnceIT {

    /** A past month, whose payments can be recorded; the run itself is tried on a month far ahead. */
    private static final YearMonth JANUARY = YearMonth.of(2025, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2036, 2);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(MonthPapersArePrintedOnceIT.class);
    }

    @EJB HousingServices housing;
    @EJB RentService rent;
    @EJB JobControl jobs;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.RentalManager manager;

    private Occupancy placed(HousingFixture fixture, String name) throws Exception {
        return fixture.place(fixture.householdWithMeasure(name, JANUARY.atDay(1)),
                fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, JANUARY.atDay(1).minusMonths(1)),
                JANUARY.atDay(1), "100.00");
    }

    private static long kept(Occupancy occupancy, String fileName) throws Exception {
        return TestDatabase.count("select count(*) from document where household_id = " + occupancy.getHouseholdId()
                + " and file_name = '" + fileName + "' and generated");
    }

    private BatchStatus runFebruary() throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.MONTH, FEBRUARY.toString());
        parameters.setProperty(Jobs.ITEM_COUNT, "3");
        return JobRuns.run(administrator, jobs, Jobs.RENT_CALLS, parameters);
    }

    @Test
    void eachPaperIsPrintedOnceAndTheQuittanceOnlyForAMonthPaidInFull() throws Exception {
        HousingFixture fixture = housing.fixture();
        String suffix = Long.toString(System.nanoTime(), 36);
        Occupancy paid = placed(fixture, "Paye" + suffix);
        Occupancy owing = placed(fixture, "Doit" + suffix);
        long[] januaryCalls = new long[2];
        for (Occupancy occupancy : new Occupancy[] {paid, owing}) {
            RentCall january = manager.call(() -> rent.issueRentCall(occupancy.getId(), JANUARY));
            januaryCalls[occupancy == paid ? 0 : 1] = january.getId();
            manager.run(() -> rent.recordPayment(occupancy.getId(), JANUARY.atDay(5), occupancy == paid
                    ? january.getAmountDue() : january.getAmountDue().minus(Money.of("10.00")),
                    Payer.HOUSEHOLD, "VIR-" + suffix, null));
        }

        assertEquals(BatchStatus.COMPLETED, runFebruary());
        assertEquals(BatchStatus.COMPLETED, runFebruary(), "a second run of the month");
        long first = Math.min(januaryCalls[0], januaryCalls[1]);
        long last = Math.max(januaryCalls[0], januaryCalls[1]);
        assertEquals(1, administrator.call(() -> rent.printMonthPapers(JANUARY, RentPaperKind.QUITTANCE, first, last)));
        assertEquals(0, administrator.call(() -> rent.printMonthPapers(JANUARY, RentPaperKind.QUITTANCE, first, last)),
                "printed once");

        for (Occupancy occupancy : new Occupancy[] {paid, owing}) {
            assertEquals(1, kept(occupancy, "avis-echeance-2036-02.pdf"), "February's notice, once");
        }
        assertEquals(1, kept(paid, "quittance-2025-01.pdf"), "January paid in full: its quittance, once");
        assertEquals(0, kept(owing, "quittance-2025-01.pdf"), "January partly paid: no quittance");
        assertEquals(0, TestDatabase.count("select count(*) from rent_call where month = date '2036-02-01'"
                + " and notice_document_id is null"), "every call of February has its notice");
        assertEquals(2, TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                + " and entity_type = 'RentCall' and household_id = " + paid.getHouseholdId()),
                "the notice and the quittance printed, each written to the trail once");

        Paper notices = manager.call(() -> rent.monthPapers(FEBRUARY, RentPaperKind.NOTICE));
        assertEquals("avis-echeance-2036-02-tous.pdf", notices.fileName());
        String text = Pdfs.text(notices.pdf());
        assertTrue(text.contains("PAYE" + suffix.toUpperCase()) && text.contains("DOIT" + suffix.toUpperCase()),
                "both households' notices are bound in it");
        long calls = TestDatabase.count("select count(*) from rent_call c join household h on h.id = c.household_id"
                + " where c.month = date '2036-02-01' and h.service_unit_id = (select service_unit_id from household"
                + " where id = " + paid.getHouseholdId() + ")");
        assertEquals(calls, new PdfReader(notices.pdf()).getNumberOfPages(), "one page per notice of the service");

        String quittances = Pdfs.text(manager.call(() -> rent.monthPapers(JANUARY, RentPaperKind.QUITTANCE)).pdf());
        assertTrue(quittances.contains("PAYE" + suffix.toUpperCase()));
        assertFalse(quittances.contains("DOIT" + suffix.toUpperCase()));

        assertEquals("rent.monthPapers.none", assertThrows(RentRefused.class,
                () -> manager.call(() -> rent.monthPapers(YearMonth.of(2036, 7), RentPaperKind.NOTICE))).messageKey());
    }
}
