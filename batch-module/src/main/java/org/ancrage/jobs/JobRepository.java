package org.ancrage.jobs;

import jakarta.batch.runtime.BatchStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.ancrage.jobs.JobControl.ExecutionView;
import org.ancrage.system.AssociationClock;

/**
 * Reads and repairs Payara's Jakarta Batch job repository (its tables on the application's own
 * database, V16_1): what the batch runtime's operator will not do across deployments and crashes.
 */
final class JobRepository {

    private JobRepository() {
    }

    /** Executions of the given jobs, newest first; only {@code executionId} when it is given. */
    static List<ExecutionView> executions(DataSource dataSource, Collection<String> jobs, Long executionId, int max) {
        return executions(dataSource, jobs, executionId, 0, max);
    }

    /** How many executions the given jobs have. */
    static long count(DataSource dataSource, Collection<String> jobs) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM executioninstancedata e"
                        + " JOIN jobinstancedata i ON i.jobinstanceid = e.jobinstanceid WHERE i.name = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", jobs.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the job repository failed", e);
        }
    }

    /** Executions of the given jobs, newest first, from the {@code offset}-th; only {@code executionId} when given. */
    static List<ExecutionView> executions(DataSource dataSource, Collection<String> jobs, Long executionId, int offset,
            int max) {
        String sql = "SELECT e.jobexecid, i.name, e.batchstatus, e.exitstatus, e.starttime, e.endtime,"
                + " coalesce(sum(s.readcount), 0), coalesce(sum(s.writecount), 0),"
                + " coalesce(sum(coalesce(s.readskipcount, 0) + coalesce(s.processskipcount, 0)"
                + " + coalesce(s.writeskipcount, 0)), 0), coalesce(sum(s.commitcount), 0)"
                + " FROM executioninstancedata e JOIN jobinstancedata i ON i.jobinstanceid = e.jobinstanceid"
                + " LEFT JOIN stepexecutioninstancedata s ON s.jobexecid = e.jobexecid"
                + " WHERE i.name = ANY (?)" + (executionId == null ? "" : " AND e.jobexecid = ?")
                + " GROUP BY e.jobexecid, i.name ORDER BY e.jobexecid DESC OFFSET ? LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            int p = 1;
            query.setArray(p++, connection.createArrayOf("varchar", jobs.toArray()));
            if (executionId != null) {
                query.setLong(p++, executionId);
            }
            query.setInt(p++, offset);
            query.setInt(p, max);
            List<ExecutionView> views = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    views.add(new ExecutionView(rows.getLong(1), rows.getString(2), status(rows.getString(3)),
                            rows.getString(4), instant(rows.getTimestamp(5)), instant(rows.getTimestamp(6)),
                            rows.getLong(7), rows.getLong(8), rows.getLong(9), rows.getLong(10)));
                }
            }
            return views;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the job repository failed", e);
        }
    }

    /** The tag Payara gave the instance of an execution (the deployment that started it). */
    static String tagOf(DataSource dataSource, long executionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT i.apptag FROM jobinstancedata i"
                        + " JOIN executioninstancedata e ON e.jobinstanceid = i.jobinstanceid WHERE e.jobexecid = ?")) {
            query.setLong(1, executionId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the job repository failed", e);
        }
    }

    /**
     * Gives the instance of an execution made by an earlier deployment to this one, so that Payara's
     * operator lets it be restarted. Without a known tag (nothing started since this deployment)
     * the instance keeps its own and the operator decides.
     */
    static void adopt(DataSource dataSource, long executionId, String tag) {
        if (tag == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE jobinstancedata SET apptag = ?"
                        + " WHERE jobinstanceid = (SELECT jobinstanceid FROM executioninstancedata WHERE jobexecid = ?)")) {
            update.setString(1, tag);
            update.setLong(2, executionId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Updating the job repository failed", e);
        }
    }

    /**
     * Marks FAILED the executions (and their steps) still said to run but last updated before this
     * server's JVM started: the server that ran them died (killed, crashed, powered off), nothing runs
     * them any more, and as FAILED they can be restarted from their last checkpoint. Executions
     * updated since the JVM started are left alone (an earlier deployment in this JVM may run them).
     * A single server per database, as the domain set-up says.
     *
     * @return the execution ids marked
     */
    static List<Long> failOrphans(DataSource dataSource, Collection<String> jobs, Instant serverStart) {
        String running = "('STARTING', 'STARTED', 'STOPPING')";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT e.jobexecid FROM executioninstancedata e"
                    + " JOIN jobinstancedata i ON i.jobinstanceid = e.jobinstanceid WHERE i.name = ANY (?)"
                    + " AND e.batchstatus IN " + running + " AND coalesce(e.updatetime, e.createtime) < ? FOR UPDATE OF e")) {
                query.setArray(1, connection.createArrayOf("varchar", jobs.toArray()));
                query.setTimestamp(2, Timestamp.from(serverStart));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            if (!ids.isEmpty()) {
                Long[] array = ids.toArray(Long[]::new);
                try (PreparedStatement steps = connection.prepareStatement("UPDATE stepexecutioninstancedata"
                        + " SET batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = coalesce(endtime, ?)"
                        + " WHERE jobexecid = ANY (?) AND batchstatus IN " + running);
                        PreparedStatement executions = connection.prepareStatement("UPDATE executioninstancedata"
                                + " SET batchstatus = 'FAILED', exitstatus = 'FAILED: server stopped while running',"
                                + " endtime = ?, updatetime = ? WHERE jobexecid = ANY (?)")) {
                    // The runtime writes its times in the JVM's zone, as java.sql.Timestamp does.
                    Timestamp now = Timestamp.from(AssociationClock.instant());
                    steps.setTimestamp(1, now);
                    steps.setArray(2, connection.createArrayOf("bigint", array));
                    steps.executeUpdate();
                    executions.setTimestamp(1, now);
                    executions.setTimestamp(2, now);
                    executions.setArray(3, connection.createArrayOf("bigint", array));
                    executions.executeUpdate();
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Repairing the job repository failed", e);
        }
    }

    private static BatchStatus status(String name) {
        return name == null ? BatchStatus.STARTING : BatchStatus.valueOf(name);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
