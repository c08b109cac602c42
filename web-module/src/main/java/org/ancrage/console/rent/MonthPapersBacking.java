package org.ancrage.console.rent;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import org.ancrage.console.Downloads;
import org.ancrage.console.Messages;
import org.ancrage.jobs.JobControl;
import org.ancrage.rent.RentPaperKind;
import org.ancrage.rent.RentService;
import org.ancrage.system.AssociationClock;
import org.primefaces.model.StreamedContent;

/**
 * The month's rent papers on the arrears page: the rental manager starts the month's calls and
 * papers (the rent-calls job), follows it, then prints the notices of the month and the quittances of
 * the month before, each bound in one PDF.
 */
@Named
@ViewScoped
public class MonthPapersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "papers:messages";

    @EJB
    private JobControl jobs;

    @EJB
    private RentService rent;

    @Inject
    private Messages messages;

    private YearMonth month = AssociationClock.thisMonth();
    private JobControl.ExecutionView run;

    /** Starts the month's calls and papers; a second start while one runs is refused in the message area. */
    public void start() {
        messages.act(MESSAGES, () -> {
            long execution = jobs.startRentCalls(month);
            run = jobs.execution(execution);
            messages.info(MESSAGES, "monthPapers.started", execution);
        });
    }

    /** Reads the run started here again, as the job repository has it now (the page polls while it runs). */
    public void refresh() {
        if (run != null) {
            run = jobs.execution(run.id());
        }
    }

    /** The run started here (null before one is started). */
    public JobControl.ExecutionView getRun() {
        return run;
    }

    public boolean isRunning() {
        return run != null && run.ended() == null;
    }

    public StreamedContent notices() {
        return bound(month, RentPaperKind.NOTICE);
    }

    public StreamedContent quittances() {
        return bound(month.minusMonths(1), RentPaperKind.QUITTANCE);
    }

    private StreamedContent bound(YearMonth of, RentPaperKind kind) {
        return messages.actFor(MESSAGES, () -> Downloads.of(rent.monthPapers(of, kind))).orElse(null);
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month == null ? AssociationClock.thisMonth() : month;
    }

    public YearMonth getPreviousMonth() {
        return month.minusMonths(1);
    }
}
