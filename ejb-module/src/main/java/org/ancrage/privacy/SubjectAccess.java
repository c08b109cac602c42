package org.ancrage.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ancrage.security.Roles;
import org.ancrage.system.NotFoundException;
import org.eclipse.persistence.sessions.Session;

/**
 * Subject access (RGPD art. 15): everything held on one household, every row of every table that
 * names it, as one JSON document; {@link SubjectAccessPdf} renders the same for reading. Each
 * export is written to the audit trail.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
public class SubjectAccess {

    /** Each section of the export and the rows it holds, by the household ({@code ?1}). */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        String ofMeasures = "SELECT id FROM measure WHERE household_id = ?1";
        SECTIONS.put("household", "SELECT * FROM household WHERE id = ?1");
        SECTIONS.put("members", "SELECT * FROM person WHERE household_id = ?1");
        SECTIONS.put("referrals", "SELECT * FROM referral WHERE household_id = ?1");
        SECTIONS.put("measures", "SELECT * FROM measure WHERE household_id = ?1");
        SECTIONS.put("periods", "SELECT * FROM measure_period WHERE measure_id IN (" + ofMeasures + ")");
        SECTIONS.put("referents", "SELECT * FROM measure_referent WHERE measure_id IN (" + ofMeasures + ")");
        SECTIONS.put("suspensions", "SELECT * FROM measure_suspension WHERE measure_id IN (" + ofMeasures + ")");
        SECTIONS.put("objectives", "SELECT * FROM objective WHERE measure_id IN (" + ofMeasures + ")");
        SECTIONS.put("evaluations", "SELECT * FROM evaluation WHERE measure_id IN (" + ofMeasures + ")");
        SECTIONS.put("contacts", "SELECT * FROM contact WHERE household_id = ?1");
        SECTIONS.put("documents", "SELECT * FROM document WHERE household_id = ?1");
        SECTIONS.put("occupancies", "SELECT * FROM occupancy WHERE household_id = ?1");
        SECTIONS.put("insurance", "SELECT * FROM insurance_certificate WHERE household_id = ?1");
        SECTIONS.put("rentCalls", "SELECT * FROM rent_call WHERE household_id = ?1");
        SECTIONS.put("payments", "SELECT * FROM payment WHERE household_id = ?1");
        SECTIONS.put("repaymentPlans", "SELECT * FROM repayment_plan WHERE household_id = ?1");
        SECTIONS.put("rentRevisions", "SELECT * FROM rent_revision WHERE household_id = ?1");
        SECTIONS.put("accountEntries", "SELECT * FROM account_entry WHERE household_id = ?1");
        SECTIONS.put("scheduledDepartures", "SELECT * FROM scheduled_departure WHERE household_id = ?1");
        SECTIONS.put("incidents", "SELECT * FROM incident WHERE household_id = ?1");
        SECTIONS.put("mediationActions", "SELECT * FROM mediation_action WHERE incident_id IN"
                + " (SELECT id FROM incident WHERE household_id = ?1)");
        SECTIONS.put("alerts", "SELECT * FROM alert WHERE household_id = ?1");
        SECTIONS.put("accessLog", "SELECT occurred_at, username, action, entity_type, entity_id FROM audit_entry"
                + " WHERE household_id = ?1");
    }

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private NeedToKnow needToKnow;

    /** Everything held on the household, section by section, rows ordered as stored. */
    public JsonObject export(long householdId) {
        needToKnow.household(householdId);
        if (em.createNativeQuery("SELECT count(*) FROM household WHERE id = ?1").setParameter(1, householdId)
                .getSingleResult() instanceof Number n && n.longValue() == 0) {
            throw new NotFoundException("Household", householdId);
        }
        JsonObjectBuilder export = Json.createObjectBuilder()
                .add("exportedAt", Instant.now().toString()).add("householdId", householdId);
        SECTIONS.forEach((section, sql) -> export.add(section, rows(sql, householdId)));
        AuditTrail.record(em.unwrap(Session.class), AuditAction.EXPORT, "SubjectAccess", householdId, householdId,
                null);
        return export.build();
    }

    private JsonArrayBuilder rows(String sql, long householdId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT row_to_json(t)::text FROM (" + sql + " ORDER BY 1) t")
                .setParameter(1, householdId).getResultList();
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object row : rows) {
            try (JsonReader reader = Json.createReader(new StringReader(row.toString()))) {
                array.add(reader.readObject());
            }
        }
        return array;
    }
}
