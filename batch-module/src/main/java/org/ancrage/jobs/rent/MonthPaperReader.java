package org.ancrage.jobs.rent;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.KeysetReader;
import org.ancrage.rent.RentPaperKind;
import org.ancrage.rent.RentPapersByMail;
import org.ancrage.rent.RentService;

/**
 * The calls whose paper of the step's kind the month's run has not printed yet ({@code action}
 * "print"), or has printed and not yet mailed to a household that agreed ("mail"), in id order.
 */
@Named
@Dependent
public class MonthPaperReader extends KeysetReader<Long> {

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

    @Inject
    @BatchProperty
    private String pageSize;

    @Override
    protected List<Long> pageAfter(long afterId, int size) {
        RentPaperKind kind = RentPaperKind.valueOf(paper);
        java.time.YearMonth of = MonthPaperWriter.monthOf(kind, month);
        return identity.call(() -> MonthPaperWriter.MAIL.equals(action) ? mail.callsToMail(of, kind, afterId, size)
                : rent.callsToPrint(of, kind, afterId, size));
    }

    @Override
    protected long idOf(Long callId) {
        return callId;
    }

    @Override
    protected int pageSize() {
        return Integer.parseInt(pageSize);
    }
}
