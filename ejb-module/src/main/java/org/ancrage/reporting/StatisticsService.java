package org.ancrage.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.ancrage.housing.CapacityService;
import org.ancrage.measures.EndReason;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ancrage.privacy.AccessRefused;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;

/**
 * The indicators of docs/domain.md "Statistics and their definitions", each one SQL aggregate over the measures of a
 * programme active in the year ({@code ?1} programme, {@code ?2} service or 0 for all, {@code ?3}
 * first day, {@code ?4} last day, {@code ?5} first day of the next year, {@code ?6} the year).
 * Snapshots keep them for the reports; a funder reads snapshots, never a name.
 */
@Stateless
public class StatisticsService {

    @EJB
    private AuditService audit;

    @EJB
    private NeedToKnow needToKnow;


    private static final String MEASURES = "WITH m AS (SELECT id, household_id, start_date, end_date, housing_outcome, end_reason"
            + " FROM measure WHERE programme_id = ?1 AND (?2 = 0 OR service_unit_id = ?2)"
            + " AND start_date <= ?4 AND (end_date IS NULL OR end_date >= ?3)) ";

    private static final String FIGURES = MEASURES + """
            , c AS (SELECT count(*) FILTER (WHERE c.type = 'HOME_VISIT') AS visits,
                           count(*) FILTER (WHERE c.type = 'OFFICE_APPOINTMENT') AS appointments
                      FROM contact c JOIN m ON m.id = c.measure_id
                     WHERE c.occurred_at >= ?3 AND c.occurred_at < ?5 AND c.status = 'DONE')
            SELECT (SELECT count(DISTINCT household_id) FROM m),
                   (SELECT count(*) FROM m WHERE start_date >= ?3),
                   (SELECT count(*) FROM m WHERE end_date <= ?4),
                   c.visits, c.appointments,
                   (SELECT coalesce(sum(
                        (extract(year FROM least(coalesce(end_date, ?4), ?4)) * 12
                            + extract(month FROM least(coalesce(end_date, ?4), ?4)))
                      - (extract(year FROM greatest(start_date, ?3)) * 12 + extract(month FROM greatest(start_date, ?3)))
                      + 1), 0) FROM m)
              FROM c""";

    private static final String CAPACITY = "SELECT coalesce((SELECT f.places FROM financed_capacity f"
            + " WHERE f.programme_id = ?1 AND f.valid_from <= ?2 AND (f.valid_to IS NULL OR f.valid_to >= ?3)"
            + " ORDER BY f.valid_from DESC LIMIT 1), p.financed_capacity) FROM programme p WHERE p.id = ?1";

    private static final String OUTCOMES = MEASURES
            + "SELECT coalesce(housing_outcome, 'UNKNOWN'), count(*) FROM m WHERE end_date <= ?4 GROUP BY 1 ORDER BY 1";

    /** The same ends as the outcomes', by the reason recorded at the end. */
    private static final String END_REASONS = MEASURES
            + "SELECT coalesce(end_reason, 'UNKNOWN'), count(*) FROM m WHERE end_date <= ?4 GROUP BY 1";

    private static final String BY_HOUSEHOLD = MEASURES
            + "SELECT %s, count(*) FROM household h %s WHERE h.id IN (SELECT household_id FROM m) GROUP BY 1 ORDER BY 1";

    private static final String HEAD = "LEFT JOIN person p ON p.household_id = h.id AND p.relationship = 'HEAD'";

    private static final String KEY_FIGURES = """
            WITH c AS (SELECT c.measure_id, count(*) AS contacts FROM contact c
                        WHERE c.occurred_at >= ?2 AND c.status = 'DONE' GROUP BY c.measure_id)
            SELECT s.id, s.name, p.id, p.name,
                   count(*) FILTER (WHERE m.status = 'OPEN'),
                   count(*) FILTER (WHERE m.start_date >= ?1),
                   count(*) FILTER (WHERE m.end_date >= ?1),
                   coalesce(sum(c.contacts), 0)
              FROM measure m
              JOIN service_unit s ON s.id = m.service_unit_id
              JOIN programme p ON p.id = m.programme_id
              LEFT JOIN c ON c.measure_id = m.id
             WHERE m.status = 'OPEN' OR m.end_date >= ?1
             GROUP BY s.id, s.name, p.id, p.name
             ORDER BY s.name, p.name""";

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    /** The occupancy rate has one definition, the capacity page's. */
    @EJB
    private CapacityService capacities;

    /** Each service's activity per programme as of {@code today}, computed live (a few grouped rows). */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public List<ServiceFigures> keyFigures(LocalDate today) {
        List<ServiceFigures> figures = new ArrayList<>();
        for (Object line : em.createNativeQuery(KEY_FIGURES).setParameter(1, today.withDayOfYear(1))
                .setParameter(2, today.minusDays(30).atStartOfDay()).getResultList()) {
            Object[] c = (Object[]) line;
            figures.add(new ServiceFigures(count(c[0]), (String) c[1], count(c[2]), (String) c[3], count(c[4]),
                    count(c[5]), count(c[6]), count(c[7])));
        }
        return figures;
    }

    /** The indicators, computed now from the data as it is. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public Indicators compute(long programmeId, Long serviceUnitId, int year) {
        Object[] figures = (Object[]) bind(em.createNativeQuery(FIGURES), programmeId, serviceUnitId, year)
                .getSingleResult();
        LocalDate first = LocalDate.of(year, 1, 1);
        Object capacity = em.createNativeQuery(CAPACITY).setParameter(1, programmeId)
                .setParameter(2, first.plusYears(1).minusDays(1)).setParameter(3, first).getSingleResult();
        return new Indicators(programmeId, serviceUnitId, year, count(figures[0]), count(figures[1]),
                count(figures[2]), count(figures[3]), count(figures[4]),
                capacity == null ? null : ((Number) capacity).intValue(), count(figures[5]),
                distribution(OUTCOMES, programmeId, serviceUnitId, year),
                inReasonOrder(distribution(END_REASONS, programmeId, serviceUnitId, year)),
                distribution(BY_HOUSEHOLD.formatted("coalesce(h.composition, 'UNKNOWN')", ""), programmeId,
                        serviceUnitId, year),
                distribution(BY_HOUSEHOLD.formatted(AgeBand.sqlCase("(?6 - extract(year FROM p.birth_date))"), HEAD),
                        programmeId, serviceUnitId, year),
                distribution(BY_HOUSEHOLD.formatted("coalesce(h.main_resource, 'UNKNOWN')", ""), programmeId,
                        serviceUnitId, year),
                capacity == null ? null : capacities.occupancyOver(programmeId, serviceUnitId, first,
                        first.plusYears(1).minusDays(1)).percent());
    }

    /** Computes and keeps the indicators, replacing an earlier snapshot of the same scope and year. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public Indicators takeSnapshot(long programmeId, Long serviceUnitId, int year) {
        Indicators indicators = compute(programmeId, serviceUnitId, year);
        em.createNativeQuery("INSERT INTO statistics_snapshot (programme_id, service_scope, year, indicators)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT ON CONSTRAINT statistics_snapshot_once"
                        + " DO UPDATE SET indicators = excluded.indicators, computed_at = now()")
                .setParameter(1, programmeId).setParameter(2, serviceUnitId == null ? 0L : serviceUnitId)
                .setParameter(3, year).setParameter(4, indicators.toJson().toString()).executeUpdate();
        return indicators;
    }

    /** The scopes worth a snapshot in {@code year}: each programme for the whole association, and each
     * service that followed someone in it. Encoded as {@code {programmeId, serviceUnitId or 0}}. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public List<long[]> scopesOf(int year) {
        List<long[]> scopes = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, 0 FROM programme UNION SELECT DISTINCT programme_id,"
                        + " service_unit_id FROM measure WHERE start_date <= ?2 AND (end_date IS NULL OR end_date >= ?1)"
                        + " ORDER BY 1, 2")
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31))
                .getResultList()) {
            Object[] pair = (Object[]) row;
            scopes.add(new long[] {((Number) pair[0]).longValue(), ((Number) pair[1]).longValue()});
        }
        return scopes;
    }

    /** The snapshots of a year, for the whole association ({@code serviceUnitId} null) or one service. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.FUNDER_VIEWER, Roles.COORDINATOR})
    public List<Indicators> snapshots(int year, Long serviceUnitId) {
        if (serviceUnitId != null && !exactFiguresForTheCaller()) {
            // A service's figures beside the association's would give a masked figure away by
            // subtraction (association − the other services): a funder reads the association's.
            audit.recordRefusal("StatisticsOfAService", serviceUnitId, null);
            throw new AccessRefused("statistics.serviceScopeRefused", "StatisticsOfAService", serviceUnitId);
        }
        // A funder-viewer reads its own funder's programmes only.
        Optional<String> funder = needToKnow.fundersProgrammes();
        Query query = em.createNativeQuery("SELECT indicators FROM statistics_snapshot WHERE year = ?1"
                        + " AND service_scope = ?2" + (funder.isPresent()
                                ? " AND programme_id IN (SELECT id FROM programme WHERE funder = ?3)" : "")
                        + " ORDER BY programme_id")
                .setParameter(1, year).setParameter(2, serviceUnitId == null ? 0L : serviceUnitId);
        funder.ifPresent(name -> query.setParameter(3, name));
        List<Indicators> snapshots = new ArrayList<>();
        for (Object text : query.getResultList()) {
            Indicators indicators = Indicators.fromJson(text.toString());
            snapshots.add(exactFiguresForTheCaller() ? indicators : indicators.maskedForFunders());
        }
        return snapshots;
    }

    /**
     * The snapshots an activity report shows ({@link ReportChoice}): one funder's programmes or
     * chosen ones, for the association or one service, programmes without activity left out unless
     * asked for. A funder-viewer's own reach applies first ({@link #snapshots}).
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.FUNDER_VIEWER, Roles.COORDINATOR})
    public List<Indicators> report(ReportChoice choice) {
        Set<Long> fundersProgrammes = choice.funder() == null ? null : new HashSet<>(em.createQuery(
                "select p.id from Programme p where p.funder = :funder", Long.class)
                .setParameter("funder", choice.funder()).getResultList());
        return snapshots(choice.year(), choice.serviceUnitId()).stream()
                .filter(indicators -> choice.shows(indicators, fundersProgrammes)).toList();
    }

    /** Directors and staff see exact figures; a funder (and only a funder) gets small cells masked. */
    private boolean exactFiguresForTheCaller() {
        return context.isCallerInRole(Roles.DIRECTOR) || context.isCallerInRole(Roles.ADMINISTRATOR)
                || context.isCallerInRole(Roles.COORDINATOR) || !context.isCallerInRole(Roles.FUNDER_VIEWER);
    }

    private Map<String, Long> distribution(String sql, long programmeId, Long serviceUnitId, int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : bind(em.createNativeQuery(sql), programmeId, serviceUnitId, year).getResultList()) {
            Object[] pair = (Object[]) row;
            counts.put(pair[0].toString(), count(pair[1]));
        }
        return counts;
    }

    /** The reasons in the order a measure's end offers them ({@link EndReason}), the ends without one last. */
    private static Map<String, Long> inReasonOrder(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (EndReason reason : EndReason.values()) {
            if (counts.containsKey(reason.name())) {
                ordered.put(reason.name(), counts.get(reason.name()));
            }
        }
        // UNKNOWN, and any code no longer a constant: counted, never dropped, so that the reasons add up to the ends
        counts.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static Query bind(Query query, long programmeId, Long serviceUnitId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return query.setParameter(1, programmeId).setParameter(2, serviceUnitId == null ? 0L : serviceUnitId)
                .setParameter(3, first).setParameter(4, first.plusYears(1).minusDays(1))
                .setParameter(5, first.plusYears(1)).setParameter(6, year);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
