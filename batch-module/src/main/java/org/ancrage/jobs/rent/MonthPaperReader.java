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
import org.ancrage.rent.RentService;

/** The calls whose paper of the step's kind the month's run has not printed yet, in id order. */
@Named
@Dependent
public class CallToPrintReader extends KeysetReader<Long> {

    @EJB
    private JobIdentity identity;

    @EJB
    private RentService rent;

    @Inject
    @BatchProperty
    private String month;

    @Inject
    @BatchProperty
    private String paper;

    @Inject
    @BatchProperty
    private String pageSize;

    @Override
    protected List<Long> pageAfter(long afterId, int size) {
        RentPaperKind kind = RentPaperKind.valueOf(paper);
        return identity.call(() -> rent.callsToPrint(MonthPaperWriter.monthOf(kind, month), kind, afterId, size));
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
