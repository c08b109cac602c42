package org.ancrage.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
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

    /**
     * The incidents about the household, and those about a dwelling only that name it: on a
     * dwelling it occupied on the incident's date, or whose text or parties name one of its members.
     */
    private static final String INCIDENTS = "SELECT i.id FROM incident i WHERE i.household_id = ?1"
            + " OR (i.household_id IS NULL AND (EXISTS (SELECT 1 FROM occupancy o WHERE o.household_id = ?1"
            + " AND o.dwelling_id = i.dwelling_id AND o.start_date <= i.occurred_on"
            + " AND (o.end_date IS NULL OR o.end_date >= i.occurred_on))"
            + " OR EXISTS (SELECT 1 FROM person p WHERE p.household_id = ?1 AND length(p.last_name) >= 2"
            + " AND (position(lower(p.last_name) IN lower(i.description || ' ' || i.parties || ' '"
            + " || coalesce(i.resolution, ''))) > 0 OR EXISTS (SELECT 1 FROM mediation_action a"
            + " WHERE a.incident_id = i.id AND position(lower(p.last_name) IN lower(a.description)) > 0)))))";

    /** Each section of the export and the rows it holds, by the household ({@code ?1}). */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        String ofMeasures = "SELECT id FROM measure WHERE household_id = ?1";
        SECTIONS.put("household", "SELECT * FROM household WHERE id = ?1");
        SECTIONS.put("members", "SELECT * FROM person WHERE household_id = ?1");
        SECTIONS.put("situations", "SELECT * FROM household_situation WHERE household_id = ?1");
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
        SECTIONS.put("repaymentInstalments", "SELECT * FROM repayment_instalment WHERE plan_id IN"
                + " (SELECT id FROM repayment_plan WHERE household_id = ?1)");
        SECTIONS.put("incidents", "SELECT * FROM incident WHERE id IN (" + INCIDENTS + ")");
        SECTIONS.put("mediationActions", "SELECT * FROM mediation_action WHERE incident_id IN (" + INCIDENTS + ")");
        SECTIONS.put("rentRevisions", "SELECT * FROM rent_revision WHERE household_id = ?1");
        SECTIONS.put("accountEntries", "SELECT * FROM account_entry WHERE household_id = ?1");
        SECTIONS.put("scheduledDepartures", "SELECT * FROM scheduled_departure WHERE household_id = ?1");
        SECTIONS.put("alerts", "SELECT * FROM alert WHERE household_id = ?1");
        // The trail about the household: who read or changed what, when, and the values it kept.
        SECTIONS.put("accessLog", "SELECT occurred_at, username, action, entity_type, entity_id, changes"
                + " FROM audit_entry WHERE household_id = ?1");
    }

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private NeedToKnow needToKnow;

    @Resource
    private SessionContext context;

    /** Everything held on the household, confidential notes withheld. */
    public JsonObject export(long householdId) {
        return export(householdId, false);
    }

    /**
     * Everything held on the household, section by section, rows ordered as stored. The
     * administrator (the association's data-protection contact) answers for any service; a
     * director within need to know, as for the file. Confidential notes follow the file's rules
     * too: a director never gets them; for the person themself, the association decides, so the
     * administrator releases them only when {@code includeConfidentialNotes} says so (default no).
     * Otherwise each contact says only {@code "confidential_note_withheld": true} where a note
     * exists. The export and that choice are written to the audit trail.
     */
    public JsonObject export(long householdId, boolean includeConfidentialNotes) {
        boolean dataProtectionContact = context.isCallerInRole(Roles.ADMINISTRATOR);
        if (!dataProtectionContact) {
            needToKnow.household(householdId);
        }
        boolean notes = includeConfidentialNotes && dataProtectionContact;
        if (em.createNativeQuery("SELECT count(*) FROM household WHERE id = ?1").setParameter(1, householdId)
                .getSingleResult() instanceof Number n && n.longValue() == 0) {
            throw NotFoundException.ofEntityNamed("Household", householdId);
        }
        JsonObjectBuilder export = Json.createObjectBuilder()
                .add("exportedAt", AssociationClock.instant().toString()).add("householdId", householdId);
        SECTIONS.forEach((section, sql) -> export.add(section,
                "contacts".equals(section) && !notes ? withoutNotes(rows(sql, householdId)) : rows(sql, householdId)));
        export.add("confidentialNotes", notes ? "included" : "withheld");
        AuditTrail.record(em.unwrap(Session.class), AuditAction.EXPORT, "SubjectAccess", householdId, householdId,
                "{\"confidentialNotes\":\"" + (notes ? "included" : "withheld") + "\"}");
        return export.build();
    }

    /** The contacts with their notes taken out, saying only where one exists. */
    private static JsonArrayBuilder withoutNotes(JsonArrayBuilder contacts) {
        JsonArrayBuilder withheld = Json.createArrayBuilder();
        for (JsonValue value : contacts.build()) {
            JsonObject contact = value.asJsonObject();
            boolean exists = contact.containsKey("confidential_note")
                    && contact.get("confidential_note").getValueType() != JsonValue.ValueType.NULL;
            withheld.add(Json.createObjectBuilder(contact).remove("confidential_note")
                    .add("confidential_note_withheld", exists));
        }
        return withheld;
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
