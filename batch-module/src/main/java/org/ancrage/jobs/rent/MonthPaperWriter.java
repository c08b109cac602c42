package org.ancrage.jobs.rent;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.rent.RentPaperKind;
import org.ancrage.rent.RentPapersByMail;
import org.ancrage.rent.RentService;

/**
 * Prints the papers of a chunk of calls over the chunk's id range ({@code action} "print"), or mails
 * them to the households that agreed ("mail"), in the chunk's transaction: each call notes the paper
 * printed or mailed, so a restart or a second run never does it twice.
 */
@Named
@Dependent
public class MonthPaperWriter extends AbstractItemWriter {

    @EJB
    private JobIdentity identity;

    @EJB
    private RentService rent;

    @EJB
    private RentPapersByMail mail;

    @Inject
    @BatchProperty
    private String month;

    @Inject
    @BatchProperty
    private String paper;

    @Inject
    @BatchProperty
    private String action;

    static final String MAIL = "mail";

    /** The month whose papers the step prints: the notices of the month called, the quittances of the month before. */
    static YearMonth monthOf(RentPaperKind kind, String parameter) {
        YearMonth called = RentCallWriter.month(parameter);
        return kind == RentPaperKind.QUITTANCE ? called.minusMonths(1) : called;
    }

    @Override
    public void writeItems(List<Object> items) {
        RentPaperKind kind = RentPaperKind.valueOf(paper);
        long first = (Long) items.get(0);
        long last = (Long) items.get(items.size() - 1);
        YearMonth of = monthOf(kind, month);
        if (MAIL.equals(action)) {
            identity.call(() -> mail.mailMonthPapers(of, kind, first, last));
        } else {
            identity.call(() -> rent.printMonthPapers(of, kind, first, last));
        }
    }
}
