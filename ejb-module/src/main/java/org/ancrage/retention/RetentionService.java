package org.ancrage.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ancrage.documents.DocumentService;
import org.ancrage.privacy.AuditAction;
import org.ancrage.privacy.AuditActor;
import org.ancrage.privacy.AuditTrail;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.eclipse.persistence.sessions.Session;

/**
 * Retention (docs/domain.md, "Personal data"): past the period the administrator set for each category,
 * personal data is anonymised or deleted, in set-based statements. What the statistics count stays:
 * measures and periods, contacts' dates and types, composition, resources and birth years; each
 * household anonymised, and each category purged, is written to the audit trail.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class RetentionService {

    /** Households whose support ended before the cutoff (?1) and that nothing keeps open. */
    private static final String CLOSED_CASES = """
            SELECT h.id FROM household h
             WHERE h.anonymised_on IS NULL
               AND EXISTS (SELECT 1 FROM measure m WHERE m.household_id = h.id)
               AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.household_id = h.id
                               AND (m.status = 'OPEN' OR m.end_date >= ?1 OR m.follow_up_due >= ?1))
               AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.household_id = h.id AND r.status = 'WAITING')
               AND NOT EXISTS (SELECT 1 FROM occupancy o WHERE o.household_id = h.id
                               AND (o.end_date IS NULL OR o.end_date >= ?1))""";

    /** Households never followed, whose every referral was refused or withdrawn before the cutoff. */
    private static final String REFUSED_REFERRALS = """
            SELECT h.id FROM household h
             WHERE h.anonymised_on IS NULL
               AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.household_id = h.id)
               AND NOT EXISTS (SELECT 1 FROM occupancy o WHERE o.household_id = h.id)
               AND EXISTS (SELECT 1 FROM referral r WHERE r.household_id = h.id)
               AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.household_id = h.id
                               AND (r.status NOT IN ('REFUSED', 'WITHDRAWN') OR r.decided_on >= ?1))""";

    private static final String OLD_TOPICS = "FROM contact c WHERE c.occurred_at < ?1 AND c.topics IS NOT NULL"
            + " AND c.measure_id IN (SELECT m.id FROM measure m WHERE m.status = 'ENDED')";

    private static final String OLD_NOTES = "FROM contact c WHERE c.occurred_at < ?1"
            + " AND c.confidential_note IS NOT NULL";

    /** Files prepared for an import before the cutoff, not yet cleared (months old: imported or given up). */
    private static final String OLD_IMPORT_FILES = "FROM household_import i WHERE i.prepared_at < ?1"
            + " AND i.cleared_on IS NULL";

    private static final String OLD_DOCUMENTS = "SELECT d.id FROM document d WHERE d.added_at < ?1"
            + " AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.household_id = d.household_id AND m.status = 'OPEN')"
            + " AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.household_id = d.household_id"
            + " AND r.status = 'WAITING')";

    /**
     * Every statement that anonymises the households selected by {@code %s}, the household row
     * last. The trail's lines about those households keep who, when, what kind of change and on
     * which record, and lose their values (V11_1: the trigger accepts exactly this update, only
     * while {@code ancrage.audit_purge} is set, by this transaction, just around it; V18_1: made by
     * a function running as the trail's owner, the application's role having no UPDATE on it).
     */
    private static final List<String> ANONYMISE = List.of(
            "INSERT INTO audit_entry (username, action, entity_type, entity_id, household_id, changes)"
                    + " SELECT ?3, 'PURGE', 'Household', t.id, t.id, ?4 FROM (%s) t",
            "SELECT set_config('ancrage.audit_purge', 'retention', true), count(*) FROM (%s) t",
            // as the trail's owner (V18_1): the runtime role may not UPDATE the trail
            "SELECT audit_purge_households(ARRAY(%s))",
            "SELECT set_config('ancrage.audit_purge', '', true), count(*) FROM (%s) t",
            "UPDATE person SET last_name = 'ANONYME', first_name = '-',"
                    + " birth_date = date_trunc('year', birth_date)::date WHERE household_id IN (%s)",
            "UPDATE contact SET topics = NULL, confidential_note = NULL, version = version + 1"
                    + " WHERE household_id IN (%s)",
            "UPDATE evaluation SET assessment = '-', gains = NULL, remaining_needs = NULL"
                    + " WHERE measure_id IN (SELECT m.id FROM measure m WHERE m.household_id IN (%s))",
            "UPDATE referral SET decision_reason = CASE WHEN decision_reason IS NULL THEN NULL ELSE '-' END,"
                    + " version = version + 1 WHERE household_id IN (%s)",
            "UPDATE mediation_action SET description = '-' WHERE incident_id IN"
                    + " (SELECT i.id FROM incident i WHERE i.household_id IN (%s))",
            "UPDATE incident SET description = '-', resolution = CASE WHEN resolution IS NULL THEN NULL ELSE '-' END,"
                    + " version = version + 1 WHERE household_id IN (%s)",
            "UPDATE occupancy SET exit_state = NULL WHERE household_id IN (%s)",
            "UPDATE household_situation SET address = NULL WHERE household_id IN (%s)",
            "UPDATE household SET residence_receipt_valid_until = NULL WHERE id IN (%s)",
            "UPDATE scheduled_departure SET exit_state = NULL WHERE household_id IN (%s)",
            "UPDATE household SET address = NULL, phone = NULL, email = NULL, residence_status_valid_until = NULL,"
                    + " anonymised_on = ?2, version = version + 1 WHERE id IN (%s)");

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private DocumentService documents;

    public List<RetentionRule> rules() {
        return em.createQuery("select r from RetentionRule r order by r.category", RetentionRule.class)
                .getResultList();
    }

    /** Changes a category's period, provided nobody changed it since {@code readVersion}. */
    public RetentionRule keep(DataCategory category, int months, long readVersion) {
        RetentionRule rule = Entities.require(em, RetentionRule.class, category);
        ConcurrentEditException.unlessUnchanged(RetentionRule.class, rule.getVersion(), readVersion);
        rule.keepFor(months);
        return rule;
    }

    /**
     * Applies every category's period on {@code today}; with {@code dryRun}, only counts what
     * would go and changes nothing.
     */
    public RetentionReport apply(LocalDate today, boolean dryRun) {
        if (today == null || today.isAfter(AssociationClock.today())) {
            // A date in the future would purge what is still within its period.
            throw new RetentionRefused("retention.runDate.inFuture", today);
        }
        if (!dryRun && AuditActor.job() == null) {
            // Purging (the trail's values included) is the retention job's alone, itself audited.
            throw new RetentionRefused("retention.onlyByTheJob");
        }
        Map<DataCategory, LocalDate> cutoffs = new EnumMap<>(DataCategory.class);
        rules().forEach(rule -> cutoffs.put(rule.getCategory(), rule.cutoff(today)));
        Map<DataCategory, Integer> counts = new EnumMap<>(DataCategory.class);
        for (DataCategory category : DataCategory.values()) {
            LocalDate cutoff = cutoffs.get(category);
            counts.put(category, cutoff == null ? 0 : dryRun ? count(category, cutoff) : purge(category, cutoff, today));
        }
        if (!dryRun) {
            em.getEntityManagerFactory().getCache().evictAll();
        }
        return new RetentionReport(today, dryRun, counts);
    }

    /**
     * The households a run on {@code today} would anonymise, for the administrator to read before
     * any real run: oldest first, one page ({@code first}, {@code max}) at a time. Nothing is
     * changed and nothing is written to the trail but the reading itself.
     */
    public List<FileDue> filesDue(LocalDate today, int first, int max) {
        Map<DataCategory, RetentionRule> rules = rulesByCategory();
        Optional<String> sql = filesDueQuery(rules);
        if (sql.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery(sql.get() + " ORDER BY closed_on, id")
                .setFirstResult(first).setMaxResults(max);
        cutoffs(query, rules, today);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<FileDue> files = rows.stream().map(row -> {
            DataCategory category = DataCategory.valueOf((String) row[3]);
            LocalDate closedOn = row[4] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[4];
            return new FileDue(((Number) row[0]).longValue(), (String) row[1], (String) row[2], category, closedOn,
                    closedOn == null ? null : closedOn.plusMonths(rules.get(category).getRetentionMonths()));
        }).toList();
        AuditTrail.record(em.unwrap(Session.class), AuditAction.READ, "RetentionFilesDue", null, null,
                "{\"rows\":" + files.size() + "}");
        return files;
    }

    /** How many households a run on {@code today} would anonymise (the count of {@link #filesDue}). */
    public int countFilesDue(LocalDate today) {
        Map<DataCategory, RetentionRule> rules = rulesByCategory();
        Optional<String> sql = filesDueQuery(rules);
        if (sql.isEmpty()) {
            return 0;
        }
        Query query = em.createNativeQuery("SELECT count(*) FROM (" + sql.get() + ") t");
        cutoffs(query, rules, today);
        return ((Number) query.getSingleResult()).intValue();
    }

    /** A household's file past its period: which, whose, why, since when, and from when it is due. */
    public record FileDue(long householdId, String reference, String headName, DataCategory category,
            LocalDate closedOn, LocalDate dueOn) {
    }

    private Map<DataCategory, RetentionRule> rulesByCategory() {
        Map<DataCategory, RetentionRule> rules = new EnumMap<>(DataCategory.class);
        rules().forEach(rule -> rules.put(rule.getCategory(), rule));
        return rules;
    }

    /** The files due of both categories that anonymise whole files, each with its own cutoff (?1, ?2). */
    private static Optional<String> filesDueQuery(Map<DataCategory, RetentionRule> rules) {
        String head = "(SELECT upper(p.last_name) || ' ' || p.first_name FROM person p WHERE p.household_id = h.id"
                + " AND p.relationship = 'HEAD' ORDER BY p.id LIMIT 1)";
        List<String> parts = new java.util.ArrayList<>();
        if (rules.containsKey(DataCategory.CLOSED_CASE)) {
            parts.add("SELECT h.id, h.reference, " + head + " AS head, 'CLOSED_CASE' AS category, GREATEST("
                    + "(SELECT max(m.end_date) FROM measure m WHERE m.household_id = h.id),"
                    + " (SELECT max(m.follow_up_due) FROM measure m WHERE m.household_id = h.id),"
                    + " (SELECT max(o.end_date) FROM occupancy o WHERE o.household_id = h.id)) AS closed_on"
                    + " FROM household h WHERE h.id IN (" + CLOSED_CASES + ")");
        }
        if (rules.containsKey(DataCategory.REFUSED_REFERRAL)) {
            parts.add("SELECT h.id, h.reference, " + head + " AS head, 'REFUSED_REFERRAL' AS category,"
                    + " (SELECT max(r.decided_on) FROM referral r WHERE r.household_id = h.id) AS closed_on"
                    + " FROM household h WHERE h.id IN (" + REFUSED_REFERRALS.replace("?1", "?2") + ")");
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of("SELECT * FROM (" + String.join(" UNION ALL ", parts) + ") due");
    }

    private static void cutoffs(Query query, Map<DataCategory, RetentionRule> rules, LocalDate today) {
        if (today == null || today.isAfter(AssociationClock.today())) {
            throw new RetentionRefused("retention.runDate.inFuture", today);
        }
        if (rules.containsKey(DataCategory.CLOSED_CASE)) {
            query.setParameter(1, rules.get(DataCategory.CLOSED_CASE).cutoff(today));
        }
        if (rules.containsKey(DataCategory.REFUSED_REFERRAL)) {
            query.setParameter(2, rules.get(DataCategory.REFUSED_REFERRAL).cutoff(today));
        }
    }

    private int count(DataCategory category, LocalDate cutoff) {
        String sql = switch (category) {
            case CLOSED_CASE -> "SELECT count(*) FROM (" + CLOSED_CASES + ") t";
            case REFUSED_REFERRAL -> "SELECT count(*) FROM (" + REFUSED_REFERRALS + ") t";
            case CONTACT -> "SELECT count(*) " + OLD_TOPICS;
            case CONFIDENTIAL_NOTE -> "SELECT count(*) " + OLD_NOTES;
            case DOCUMENT -> "SELECT count(*) FROM (" + OLD_DOCUMENTS + ") t";
            case IMPORT_FILE -> "SELECT count(*) " + OLD_IMPORT_FILES;
        };
        return ((Number) em.createNativeQuery(sql).setParameter(1, cutoff).getSingleResult()).intValue();
    }

    private int purge(DataCategory category, LocalDate cutoff, LocalDate today) {
        return switch (category) {
            case CLOSED_CASE -> anonymise(CLOSED_CASES, category, cutoff, today);
            case REFUSED_REFERRAL -> anonymise(REFUSED_REFERRALS, category, cutoff, today);
            case CONTACT -> cleared(category, cutoff,
                    "UPDATE contact SET topics = NULL, version = version + 1 WHERE id IN (SELECT c.id " + OLD_TOPICS + ")");
            case CONFIDENTIAL_NOTE -> cleared(category, cutoff, "UPDATE contact SET confidential_note = NULL,"
                    + " version = version + 1 WHERE id IN (SELECT c.id " + OLD_NOTES + ")");
            case DOCUMENT -> {
                @SuppressWarnings("unchecked")
                List<Number> ids = em.createNativeQuery(OLD_DOCUMENTS).setParameter(1, cutoff).getResultList();
                int deleted = documents.purgeDocuments(ids.stream().map(Number::longValue).toList());
                summary(category, cutoff, deleted);
                yield deleted;
            }
            case IMPORT_FILE -> {
                int cleared = em.createNativeQuery("UPDATE household_import SET content = ''::bytea, cleared_on = ?2"
                        + " WHERE id IN (SELECT i.id " + OLD_IMPORT_FILES + ")").setParameter(1, cutoff)
                        .setParameter(2, today).executeUpdate();
                summary(category, cutoff, cleared);
                yield cleared;
            }
        };
    }

    private int anonymise(String households, DataCategory category, LocalDate cutoff, LocalDate today) {
        int anonymised = 0;
        for (String statement : ANONYMISE) {
            Query query = em.createNativeQuery(statement.formatted(households)).setParameter(1, cutoff);
            if (statement.contains("?2")) {
                query.setParameter(2, today);
            }
            if (statement.contains("?3")) {
                query.setParameter(3, AuditTrail.caller()).setParameter(4, details(category, cutoff, null));
            }
            if (statement.startsWith("SELECT")) {
                query.getSingleResult();
            } else {
                anonymised = query.executeUpdate();
            }
        }
        return anonymised; // the household statement comes last
    }

    private int cleared(DataCategory category, LocalDate cutoff, String update) {
        int cleared = em.createNativeQuery(update).setParameter(1, cutoff).executeUpdate();
        summary(category, cutoff, cleared);
        return cleared;
    }

    /** One audit line for a category purged as a whole (contacts, notes, documents). */
    private void summary(DataCategory category, LocalDate cutoff, int count) {
        if (count > 0) {
            AuditTrail.record(em.unwrap(Session.class), AuditAction.PURGE, category.name(), null, null,
                    details(category, cutoff, count));
        }
    }

    private static String details(DataCategory category, LocalDate cutoff, Integer count) {
        return "{\"category\":\"" + category + "\",\"before\":\"" + cutoff + "\""
                + (count == null ? "" : ",\"count\":" + count) + "}";
    }
}
