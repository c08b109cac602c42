package org.ancrage.reminders;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ancrage.programmes.Programme;
import org.ancrage.security.Roles;

/**
 * The reminders' side of the database, for the daily job: measures to watch, a page at a time in
 * one query each, and the bulk raising of alerts. Plain JDBC on the application's own pool (the
 * job's chunk transaction), because this is the hot path of a job over every measure.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class DeadlineWatch {

    private static final String WATCH = """
            SELECT m.id, m.household_id, m.service_unit_id, m.referent_worker_id, m.programme_id,
                   m.status = 'OPEN', m.start_date, p.number, p.end_date,
                   EXISTS (SELECT 1 FROM evaluation e WHERE e.measure_id = m.id AND e.period_number = p.number),
                   (SELECT max(c.occurred_at) FROM contact c WHERE c.measure_id = m.id AND c.status = 'DONE'
                        AND (pr.cadence_types IS NULL OR c.type = ANY (string_to_array(pr.cadence_types, ',')))),
                   m.follow_up_due, o.start_date,
                   (SELECT max(i.expires_on) FROM insurance_certificate i WHERE i.household_id = m.household_id),
                   m.end_date IS NOT NULL AND EXISTS (SELECT 1 FROM contact f WHERE f.measure_id = m.id
                        AND f.status = 'DONE' AND f.occurred_at >= m.end_date)
            FROM measure m
            LEFT JOIN programme pr ON pr.id = m.programme_id
            LEFT JOIN LATERAL (SELECT mp.number, mp.end_date FROM measure_period mp WHERE mp.measure_id = m.id
                               ORDER BY mp.number DESC LIMIT 1) p ON true
            LEFT JOIN LATERAL (SELECT oc.start_date FROM occupancy oc WHERE oc.household_id = m.household_id
                               AND oc.end_date IS NULL LIMIT 1) o ON true
            WHERE m.id > ? AND (m.status = 'OPEN' OR m.follow_up_due IS NOT NULL)
            ORDER BY m.id LIMIT ?""";

    private static final String RAISE = "INSERT INTO alert (kind, measure_id, household_id, recipient_id, due_date)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT alert_once DO NOTHING";

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @Resource(lookup = "jdbc/ancrage")
    private DataSource dataSource;

    /** Measures to watch with an id above {@code afterId}, in id order, at most {@code max}. */
    public List<MeasureWatch> watchAfter(long afterId, int max) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(WATCH)) {
            query.setLong(1, afterId);
            query.setInt(2, max);
            List<MeasureWatch> page = new ArrayList<>(max);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    page.add(watch(row));
                }
            }
            return page;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the measures to watch failed", e);
        }
    }

    private static MeasureWatch watch(ResultSet row) throws SQLException {
        Timestamp lastContact = row.getTimestamp(11);
        LocalDate housedSince = date(row, 13);
        LocalDate insured = date(row, 14);
        return new MeasureWatch(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                row.getBoolean(6), date(row, 7), (Integer) row.getObject(8), date(row, 9), row.getBoolean(10),
                lastContact == null ? null : lastContact.toLocalDateTime().toLocalDate(), date(row, 12),
                housedSince != null, housedSince == null ? null : insured == null ? housedSince : insured,
                row.getBoolean(15));
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** Every programme by id, with the rules the deadlines come from. */
    public Map<Long, Programme> programmes() {
        Map<Long, Programme> programmes = new HashMap<>();
        em.createQuery("select p from Programme p", Programme.class).getResultList()
                .forEach(p -> programmes.put(p.getId(), p));
        return programmes;
    }

    /** The coordinators of each service, told of deadlines once they are late. */
    public Map<Long, List<Long>> coordinatorsByService() {
        Map<Long, List<Long>> coordinators = new HashMap<>();
        em.createQuery("select u.serviceUnitId, u.id from UserAccount u join u.roles r"
                        + " where r = :role and u.serviceUnitId is not null and u.active = true", Object[].class)
                .setParameter("role", Roles.COORDINATOR).getResultList()
                .forEach(row -> coordinators.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]));
        return coordinators;
    }

    private static final String RESOLVE_GONE = "UPDATE alert a SET resolved_at = now() WHERE a.measure_id = ?"
            + " AND a.resolved_at IS NULL AND NOT EXISTS (SELECT 1 FROM unnest(CAST(? AS varchar[]), CAST(? AS date[]))"
            + " AS s(kind, due) WHERE s.kind = a.kind AND s.due = a.due_date)";

    /** What a measure's deadlines are now: its alerts for any other deadline have lost their cause. */
    public record Standing(long measureId, List<Deadline> deadlines) {
    }

    /**
     * Resolves, in one JDBC batch, the alerts of these measures whose deadline no longer stands
     * (same kind and due date); running it again changes nothing.
     *
     * @return how many were resolved
     */
    public int resolveGone(List<Standing> measures) {
        if (measures.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(RESOLVE_GONE)) {
            for (Standing measure : measures) {
                update.setLong(1, measure.measureId());
                update.setArray(2, connection.createArrayOf("varchar",
                        measure.deadlines().stream().map(d -> d.kind().name()).toArray()));
                update.setArray(3, connection.createArrayOf("date",
                        measure.deadlines().stream().map(d -> Date.valueOf(d.dueDate())).toArray()));
                update.addBatch();
            }
            int resolved = 0;
            for (int count : update.executeBatch()) {
                resolved += Math.max(count, 0);
            }
            return resolved;
        } catch (SQLException e) {
            throw new IllegalStateException("Resolving alerts failed", e);
        }
    }

    /** One alert to raise: a deadline and who is told of it. */
    public record Raise(Deadline deadline, long recipientId) {
    }

    /**
     * Raises the alerts in one JDBC batch; those already raised (same deadline, same recipient) are
     * left as they are.
     *
     * @return how many were new
     */
    public int raise(List<Raise> alerts) {
        if (alerts.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(RAISE)) {
            for (Raise alert : alerts) {
                insert.setString(1, alert.deadline().kind().name());
                insert.setLong(2, alert.deadline().measureId());
                insert.setLong(3, alert.deadline().householdId());
                insert.setLong(4, alert.recipientId());
                insert.setDate(5, Date.valueOf(alert.deadline().dueDate()));
                insert.addBatch();
            }
            int raised = 0;
            for (int count : insert.executeBatch()) {
                raised += Math.max(count, 0);
            }
            return raised;
        } catch (SQLException e) {
            throw new IllegalStateException("Raising alerts failed", e);
        }
    }
}
