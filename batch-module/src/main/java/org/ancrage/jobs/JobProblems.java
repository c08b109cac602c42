package org.ancrage.jobs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ancrage.security.Roles;

/** Items a job skipped and why, kept for the jobs page (table job_problem). */
@Stateless
public class JobProblems {

    private static final Logger LOG = Logger.getLogger(JobProblems.class.getName());

    /** One skipped item. */
    public record Problem(String item, String reason) {
    }

    @Resource(lookup = "jdbc/ancrage")
    private DataSource dataSource;

    /** Records a skipped item in its own transaction: the chunk it was in may still roll back. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long executionId, String jobName, String item, String reason) {
        LOG.log(Level.WARNING, "Job {0} (execution {1}) skipped {2}: {3}",
                new Object[] {jobName, executionId, item, reason});
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO job_problem (execution_id, job_name, item, reason) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, executionId);
            insert.setString(2, jobName);
            insert.setString(3, truncate(item, 120));
            insert.setString(4, truncate(reason == null ? "" : reason, 1000));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a skipped item failed", e);
        }
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public List<Problem> problemsOf(long executionId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT item, reason FROM job_problem WHERE execution_id = ? ORDER BY id LIMIT 200")) {
            query.setLong(1, executionId);
            List<Problem> problems = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    problems.add(new Problem(row.getString(1), row.getString(2)));
                }
            }
            return problems;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading skipped items failed", e);
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
