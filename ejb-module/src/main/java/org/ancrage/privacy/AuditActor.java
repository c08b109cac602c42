package org.ancrage.privacy;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.Callable;

/**
 * Who the audit trail names for the changes of a transaction, caught while the business method
 * runs rather than at commit (when the EJB context is gone): the console or API user's principal
 * name, or the job and who started it ({@code job:deadline-reminders (started by coordinatrice)},
 * {@code job:retention (timer)}).
 *
 * <p>{@link RecordsTheActor}, a default interceptor of every EJB of this module, puts the caller
 * into the transaction's resources on the first business call of each transaction; a batch job
 * runs its steps with {@link #asJob} set on its thread, which then wins over the job's technical
 * {@code @RunAs} identity.
 */
public final class AuditActor {

    static final String KEY = AuditActor.class.getName();

    private static final ThreadLocal<String> JOB = new ThreadLocal<>();

    private static volatile TransactionSynchronizationRegistry registry;

    private AuditActor() {
    }

    /** The label of a job as the trail names it. */
    public static String jobLabel(String jobName, String startedBy) {
        return "job:" + jobName + (startedBy == null || startedBy.isBlank() || "timer".equals(startedBy)
                ? " (timer)" : " (started by " + startedBy + ")");
    }

    /** From now on, on this thread, changes are the job's (until {@link #endJob}). */
    public static void startJob(String label) {
        JOB.set(label);
    }

    public static void endJob() {
        JOB.remove();
    }

    /** Runs {@code work} as the job {@code label} on this thread. */
    public static <T> T asJob(String label, Callable<T> work) throws Exception {
        String previous = JOB.get();
        JOB.set(label);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                JOB.remove();
            } else {
                JOB.set(previous);
            }
        }
    }

    public static String job() {
        return JOB.get();
    }

    /** Notes the actor of the running transaction, unless one was noted already. */
    static void note(TransactionSynchronizationRegistry tsr, String caller) {
        registry = tsr;
        if (tsr.getTransactionKey() != null && tsr.getResource(KEY) == null) {
            String job = JOB.get();
            String actor = job != null ? job : caller;
            if (actor != null) {
                tsr.putResource(KEY, actor);
            }
        }
    }

    /** The actor noted for the running transaction, if any. */
    static String ofTransaction() {
        TransactionSynchronizationRegistry tsr = registry;
        if (tsr == null) {
            return null;
        }
        try {
            return tsr.getTransactionKey() == null ? null : (String) tsr.getResource(KEY);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
