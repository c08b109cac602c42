package org.ancrage.measures;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.system.SearchConditions;

/**
 * The SQL of a measure list: filtered, sorted and paged in the database, so a page costs the same
 * whatever the number of measures. Each line carries its current period (the highest numbered one).
 */
final class MeasureList {

    private static final String FROM = " FROM measure m JOIN household h ON h.id = m.household_id";

    private static final String CURRENT_PERIOD = " LEFT JOIN LATERAL (SELECT mp.number, mp.end_date"
            + " FROM measure_period mp WHERE mp.measure_id = m.id ORDER BY mp.number DESC LIMIT 1) cp ON true";

    private static final String NAMES = " JOIN programme pr ON pr.id = m.programme_id"
            + " JOIN user_account u ON u.id = m.referent_worker_id"
            + " JOIN service_unit s ON s.id = m.service_unit_id"
            + " LEFT JOIN LATERAL (SELECT p.last_name, p.first_name FROM person p WHERE p.household_id = h.id"
            + " AND p.relationship = 'HEAD' ORDER BY p.id LIMIT 1) hd ON true";

    private static final String COLUMNS = "SELECT m.id, m.household_id, h.reference,"
            + " coalesce(upper(hd.last_name) || ' ' || hd.first_name, h.reference) AS household_name,"
            + " pr.name, u.display_name, s.name, m.start_date, cp.end_date, coalesce(cp.number, 0), m.status,"
            + " m.end_date";

    private final SearchConditions where;
    private final boolean byPeriod;

    MeasureList(MeasureFilter filter, NeedToKnow.Restriction reach) {
        String prefix = filter.name() == null || filter.name().isBlank() ? null
                : filter.name().trim().toLowerCase().replace("%", "").replace("_", "") + "%";
        where = SearchConditions.sql()
                .and("EXISTS (SELECT 1 FROM person q WHERE q.household_id = h.id"
                        + " AND (lower(q.last_name) LIKE ? OR lower(q.first_name) LIKE ?))", prefix, prefix)
                .and("m.programme_id = ?", filter.programmeId())
                .and("m.status = ?", filter.status() == null ? null : filter.status().name())
                .and("m.service_unit_id = ?", reach.narrow(filter.serviceUnitId()))
                .and("m.referent_worker_id = ?", filter.referentWorkerId())
                .and("m.status = 'OPEN' AND cp.end_date <= ?", filter.periodEndingBy());
        byPeriod = filter.periodEndingBy() != null;
    }

    List<MeasureRow> page(EntityManager em, MeasureOrder order, boolean descending, int first, int max) {
        String sql = COLUMNS + FROM + CURRENT_PERIOD + NAMES + where.where() + " ORDER BY " + order.sql() + (descending ? " DESC" : " ASC")
                + " NULLS LAST, m.id" + " OFFSET " + Math.max(0, first) + " LIMIT " + Math.min(Math.max(1, max), 500);
        List<MeasureRow> rows = new ArrayList<>();
        for (Object line : where.bind(em.createNativeQuery(sql)).getResultList()) {
            Object[] c = (Object[]) line;
            rows.add(new MeasureRow(number(c[0]), number(c[1]), (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5], (String) c[6], date(c[7]), date(c[8]), (int) number(c[9]),
                    MeasureStatus.valueOf((String) c[10]), date(c[11])));
        }
        return rows;
    }

    long count(EntityManager em) {
        String sql = "SELECT count(*)" + FROM + (byPeriod ? CURRENT_PERIOD : "") + where.where();
        return number(where.bind(em.createNativeQuery(sql)).getSingleResult());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
