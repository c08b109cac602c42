package org.ancrage.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ancrage.security.Roles;

/**
 * At start-up, executions left "running" by a server that died (kill -9, crash, power cut) are
 * marked FAILED, so that they can be restarted from their last checkpoint and no longer block the
 * next start of their job ("one execution of a job at a time").
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class JobRecovery {

    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    @Resource(lookup = "jdbc/ancrage")
    private DataSource dataSource;

    @PostConstruct
    void atStartUp() {
        failOrphans();
    }

    /** Marks FAILED the executions left running by a dead server; their ids. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Long> failOrphans() {
        Instant serverStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        try {
            List<Long> orphans = JobRepository.failOrphans(dataSource, JobControl.JOBS, serverStart);
            if (!orphans.isEmpty()) {
                LOG.log(Level.WARNING, "Job executions {0} were running when the server stopped: marked FAILED,"
                        + " restart them from the jobs page", orphans);
            }
            return orphans;
        } catch (IllegalStateException e) {
            // A new database before its migrations: no execution to repair.
            LOG.log(Level.INFO, "Job repository not repaired: {0}", e.getCause() == null ? e : e.getCause().getMessage());
            return List.of();
        }
    }
}
