package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.Occupancy;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.Jobs;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.HousingFixture;
import org.ancrage.testing.HousingServices;
import org.ancrage.testing.JobRuns;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.SmtpSink;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The month's run mails the notice it printed to a household that agreed to receive its papers by
 * e-mail, the PDF attached, once; not to one that did not agree; a notice the mail server refused goes
 * with the next run. The runs are on months far ahead, which no other test calls.
 */
@ExtendWith(ArquillianExtension.class)
class MonthPapersByMailIT {

    private static final int SMTP_PORT = 25;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(MonthPapersByMailIT.class, SmtpSink.class, SmtpSink.Received.class);
    }

    @EJB HousingServices housing;
    @EJB JobControl jobs;
    @EJB RunAs.Administrator administrator;

    private BatchStatus run(YearMonth month) throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.MONTH, month.toString());
        return JobRuns.run(administrator, jobs, Jobs.RENT_CALLS, parameters);
    }

    private static List<SmtpSink.Received> to(SmtpSink sink, String address) {
        return sink.received().stream().filter(m -> m.to().equals(address)).toList();
    }

    @Test
    void aHouseholdThatAgreedGetsItsNoticeByMailOnce() throws Exception {
        HousingFixture fixture = housing.fixture();
        String suffix = Long.toString(System.nanoTime(), 36);
        LocalDate start = LocalDate.of(2036, 9, 1);
        Occupancy agreed = fixture.place(fixture.householdWithMeasure("Courriel" + suffix, start),
                fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, start.minusMonths(1)), start, "100.00");
        Occupancy notAgreed = fixture.place(fixture.householdWithMeasure("Papier" + suffix, start),
                fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, start.minusMonths(1)), start, "100.00");
        String address = "courriel-" + suffix + "@example.org";
        String other = "papier-" + suffix + "@example.org";
        TestDatabase.execute("update household set email = '" + address + "', papers_by_email = true where id = "
                + agreed.getHouseholdId());
        TestDatabase.execute("update household set email = '" + other + "' where id = " + notAgreed.getHouseholdId());
        try {
            try (SmtpSink sink = new SmtpSink(SMTP_PORT)) {
                assertEquals(BatchStatus.COMPLETED, run(YearMonth.of(2037, 6)));
                List<SmtpSink.Received> mails = to(sink, address);
                assertEquals(1, mails.size(), sink.received().toString());
                String mail = mails.get(0).data();
                assertTrue(mail.contains("application/pdf") && mail.contains("avis-echeance-2037-06.pdf"), mail);
                assertEquals(0, to(sink, other).size(), "no mail to a household that did not agree");

                assertEquals(BatchStatus.COMPLETED, run(YearMonth.of(2037, 6)));
                assertEquals(1, to(sink, address).size(), "nothing is mailed twice");
            }
            assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                    + " and entity_type = 'RentCall' and household_id = " + agreed.getHouseholdId()
                    + " and changes::jsonb ->> 'paper' = 'NOTICE_MAILED'"));

            // No mail server: the run still ends well, and the notice goes with the next run
            assertEquals(BatchStatus.COMPLETED, run(YearMonth.of(2037, 7)));
            assertEquals(1, TestDatabase.count("select count(*) from rent_call where occupancy_id = " + agreed.getId()
                    + " and month = date '2037-07-01' and notice_document_id is not null and notice_mailed_at is null"));
            try (SmtpSink sink = new SmtpSink(SMTP_PORT)) {
                assertEquals(BatchStatus.COMPLETED, run(YearMonth.of(2037, 7)));
                assertEquals(1, to(sink, address).size(), sink.received().toString());
                assertTrue(to(sink, address).get(0).data().contains("avis-echeance-2037-07.pdf"));
            }
        } finally {
            TestDatabase.execute("update household set papers_by_email = false where id = " + agreed.getHouseholdId());
        }
    }
}
