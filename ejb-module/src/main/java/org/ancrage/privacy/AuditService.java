package org.ancrage.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ancrage.security.Roles;
import org.ancrage.system.CsvCell;
import org.ancrage.system.SearchConditions;
import org.eclipse.persistence.sessions.Session;

/**
 * The audit trail as a service: services note here each opening of a person's file (changes are
 * written by {@link AuditTrail} on their own), and administrators search it.
 */
@Stateless
public class AuditService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    /** Notes that the caller opened a record of a household's file. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public void recordRead(String entityType, Long entityId, Long householdId) {
        AuditTrail.record(em.unwrap(Session.class), AuditAction.READ, entityType, entityId, householdId, null);
    }

    /** Notes that the caller searched or listed people ({@code what}) and how many came back; never the criteria. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public void recordSearch(String what, int rows) {
        AuditTrail.record(em.unwrap(Session.class), AuditAction.READ, what, null, null, "{\"rows\":" + rows + "}");
    }

    /** Notes that the caller exported a list ({@code list}: the console page) as {@code format}, and how many rows. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public void recordExport(String list, String format, int rows) {
        AuditTrail.record(em.unwrap(Session.class), AuditAction.EXPORT, "ListExport", null, null,
                jakarta.json.Json.createObjectBuilder().add("list", list).add("format", format).add("rows", rows)
                        .build().toString());
    }

    /**
     * Notes that the caller generated a paper of a household's file ({@code paper}: what it is, e.g.
     * {@code QUITTANCE}) from one of its records, with what it says in a few words ({@code details}).
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public void recordPaper(String entityType, Long entityId, Long householdId, String paper,
            Map<String, String> details) {
        var changes = Json.createObjectBuilder().add("paper", paper);
        details.forEach(changes::add);
        AuditTrail.record(em.unwrap(Session.class), AuditAction.EXPORT, entityType, entityId, householdId,
                changes.build().toString());
    }

    /**
     * Notes a call refused for want of a role (the container's {@code @RolesAllowed}), as the
     * refusals of need to know are: in a transaction of its own, by whoever tried.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRoleRefusal(String request) {
        AuditTrail.record(em.unwrap(Session.class), AuditAction.REFUSED, "RoleRequired", null, null,
                jakarta.json.Json.createObjectBuilder().add("request", request).build().toString());
    }

    /**
     * Notes a refused attempt to see or change a record outside the caller's reach. In a
     * transaction of its own, so that the refusal, which rolls the caller's back, stays written.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String entityType, Long entityId, Long householdId) {
        AuditTrail.record(em.unwrap(Session.class), AuditAction.REFUSED, entityType, entityId, householdId, null);
    }

    /** How many entries {@link #search} finds in all, for paging. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long countEntries(String username, Long householdId, Instant from, Instant to) {
        return query("select count(a)", "", Long.class, username, null, null, householdId, from, to)
                .getSingleResult();
    }

    /** The most a CSV export holds; narrow the criteria for more. */
    public static final int EXPORT_MAX = 100_000;

    /**
     * The entries matching the criteria as CSV (UTF-8, comma separated, header line), newest first;
     * the export is itself written to the trail.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public String exportCsv(String username, Long householdId, Instant from, Instant to) {
        List<AuditEntry> entries = search(username, null, null, householdId, from, to, 0, EXPORT_MAX);
        StringBuilder csv = new StringBuilder("id,occurred_at,username,action,entity_type,entity_id,household_id,changes\n");
        for (AuditEntry e : entries) {
            csv.append(e.getId()).append(',').append(e.getOccurredAt()).append(',').append(cell(e.getUsername()))
                    .append(',').append(e.getAction()).append(',').append(cell(e.getEntityType())).append(',')
                    .append(e.getEntityId() == null ? "" : e.getEntityId()).append(',')
                    .append(e.getHouseholdId() == null ? "" : e.getHouseholdId()).append(',')
                    .append(cell(e.getChanges())).append('\n');
        }
        AuditTrail.record(em.unwrap(Session.class), AuditAction.EXPORT, "AuditTrail", null, householdId,
                "{\"rows\":" + entries.size() + "}");
        return csv.toString();
    }

    /** A CSV cell, quoted; a leading formula character is neutralised for spreadsheets ({@link CsvCell}). */
    static String cell(String value) {
        return CsvCell.quoted(value);
    }

    /**
     * A query on the entries matching every criterion given (null means any). Only the criteria
     * given become conditions: PostgreSQL cannot type "? is null" on its own.
     */
    private <T> TypedQuery<T> query(String select, String orderBy, Class<T> type, String username,
            String entityType, Long entityId, Long householdId, Instant from, Instant to) {
        SearchConditions where = SearchConditions.jpql()
                .and("a.username = ?", username)
                .and("a.entityType = ?", entityType)
                .and("a.entityId = ?", entityId)
                .and("a.householdId = ?", householdId)
                .and("a.occurredAt >= ?", from)
                .and("a.occurredAt < ?", to);
        return where.bind(em.createQuery(select + " from AuditEntry a" + where.where() + orderBy, type));
    }

    /**
     * Entries matching every criterion given (null means any), newest first.
     *
     * @param first index of the first entry, for paging
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<AuditEntry> search(String username, String entityType, Long entityId, Long householdId,
            Instant from, Instant to, int first, int max) {
        return query("select a", " order by a.id desc", AuditEntry.class, username, entityType, entityId, householdId,
                from, to).setFirstResult(first).setMaxResults(max).getResultList();
    }
}
