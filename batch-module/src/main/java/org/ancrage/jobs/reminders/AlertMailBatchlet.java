package org.ancrage.jobs.reminders;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.reminders.AlertMail;

/**
 * After the alerts are raised, mails the digests; a digest that cannot be sent is counted in the
 * exit status ({@code MAILS_SENT=… MAILS_FAILED=…}) and goes with the next run.
 */
@Named
@Dependent
public class AlertMailBatchlet extends AbstractBatchlet {

    @EJB
    private JobIdentity identity;

    @EJB
    private AlertMail mail;

    @Inject
    private JobContext job;

    @Override
    public String process() {
        AlertMail.Outcome outcome = identity.call(mail::sendDigests);
        String status = "MAILS_SENT=" + outcome.sent() + " MAILS_FAILED=" + outcome.failed();
        job.setExitStatus(status);
        return status;
    }
}
