package org.ancrage.privacy;

import org.ancrage.system.Audited;
import jakarta.ejb.EJBContext;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.security.Principal;
import java.util.Arrays;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;

/**
 * Writes the audit trail for every {@link Audited} entity, inside the same transaction as the
 * change itself: a change that is rolled back leaves no trace, and no change escapes it. Plugged
 * into EclipseLink as a session customizer (persistence.xml); who acted is noted while the
 * business method runs ({@link AuditActor}), "system" outside any call.
 */
public class AuditTrail implements SessionCustomizer {

    // Named arguments (#name); the casts because EclipseLink binds a null as text.
    private static final String INSERT = "INSERT INTO audit_entry (username, action, entity_type, entity_id, household_id, changes) "
            + "VALUES (#username, #action, #entityType, CAST(#entityId AS bigint), CAST(#householdId AS bigint), #changes)";

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (Audited.class.isAssignableFrom(descriptor.getJavaClass())) {
                descriptor.getEventManager().addListener(new Listener());
            }
        }
    }

    /** Records one line on the session of the running transaction. */
    static void record(Session session, AuditAction action, Object entity, Object id, String changes) {
        Long householdId = entity instanceof Audited audited ? audited.auditHouseholdId() : null;
        if (id != null && !(id instanceof Number)) {
            // A natural key (a retention rule's category): named in the changes, entity_id left empty.
            changes = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                    changes == null || changes.isBlank() ? "{}" : changes)).readObject())
                    .add("id", id.toString()).build().toString();
            id = null;
        }
        record(session, action, entity.getClass().getSimpleName(), id, householdId, changes);
    }

    public static void record(Session session, AuditAction action, String entityType, Object id, Long householdId,
            String changes) {
        DataModifyQuery insert = new DataModifyQuery(INSERT);
        for (String argument : new String[] {"username", "action", "entityType", "entityId", "householdId", "changes"}) {
            insert.addArgument(argument);
        }
        // Arrays.asList, not List.of: entity and household ids may be null.
        session.executeQuery(insert, Arrays.asList(caller(), action.name(), entityType,
                id == null ? null : ((Number) id).longValue(), householdId, changes));
    }

    /** Notes, in the running transaction, that something about a household was disclosed to the caller. */
    public static void recordDisclosure(Session session, String entityType, Long id, Long householdId, String what) {
        record(session, AuditAction.READ, entityType, id, householdId, what);
    }

    /** Who acts, as the trail names them: for the services that write the trail in set-based statements. */
    public static String actor() {
        return caller();
    }

    /**
     * Who acts: the person or job noted when the transaction's first business method ran
     * ({@link AuditActor}), else the job running on this thread, else the EJB caller, else "system".
     */
    public static String caller() {
        String actor = AuditActor.ofTransaction();
        if (actor != null) {
            return actor;
        }
        if (AuditActor.job() != null) {
            return AuditActor.job();
        }
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            return principal == null || "ANONYMOUS".equals(principal.getName()) ? "system" : principal.getName();
        } catch (NamingException | IllegalStateException e) {
            return "system";
        }
    }

    private static final class Listener extends DescriptorEventAdapter {

        private static final String MASK = "***";

        /** What the trail says of a confidential attribute: that it changed, never its text. */
        static final String CHANGED = "(changed)";

        @Override
        public void aboutToInsert(DescriptorEvent event) {
            record(event.getSession(), AuditAction.CREATE, event.getSource(), id(event), values(event, "after"));
        }

        /** The columns being written, each with the value it had when read (from the change set). */
        @Override
        public void aboutToUpdate(DescriptorEvent event) {
            ObjectChangeSet changeSet = ((WriteObjectQuery) event.getQuery()).getObjectChangeSet();
            JsonObjectBuilder changes = Json.createObjectBuilder();
            for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
                if (mapping.isDirectToFieldMapping() && event.getRecord().containsKey(mapping.getField())
                        && !mapping.getField().equals(event.getDescriptor().getOptimisticLockingPolicy() == null
                                ? null : event.getDescriptor().getOptimisticLockingPolicy().getWriteLockField())) {
                    if (isConfidential(event.getSource(), mapping.getAttributeName())) {
                        changes.add(mapping.getAttributeName(), CHANGED);
                        continue;
                    }
                    boolean masked = isMasked(event.getSource(), mapping.getAttributeName());
                    Object old = changeSet != null
                            && changeSet.getChangesForAttributeNamed(mapping.getAttributeName())
                                    instanceof DirectToFieldChangeRecord record ? record.getOldValue() : null;
                    changes.add(mapping.getAttributeName(), Json.createObjectBuilder()
                            .add("before", masked ? MASK : text(old))
                            .add("after", masked ? MASK : text(mapping.getAttributeValueFromObject(event.getSource()))));
                }
            }
            record(event.getSession(), AuditAction.UPDATE, event.getSource(), id(event), changes.build().toString());
        }

        @Override
        public void aboutToDelete(DescriptorEvent event) {
            record(event.getSession(), AuditAction.DELETE, event.getSource(), id(event), values(event, "before"));
        }

        private static Object id(DescriptorEvent event) {
            return event.getDescriptor().getObjectBuilder().extractPrimaryKeyFromObject(event.getSource(),
                    (org.eclipse.persistence.internal.sessions.AbstractSession) event.getSession());
        }

        /** Every direct value of the entity, as {@code {"attribute": {"before"|"after": value}}}. */
        private static String values(DescriptorEvent event, String side) {
            JsonObjectBuilder values = Json.createObjectBuilder();
            for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
                if (mapping.isAggregateObjectMapping()) {
                    // An embedded value (a period's derogation): each of its fields, as "derogation.reference".
                    Object aggregate = mapping.getAttributeValueFromObject(event.getSource());
                    for (DatabaseMapping inner : ((AggregateObjectMapping) mapping).getReferenceDescriptor()
                            .getMappings()) {
                        if (inner.isDirectToFieldMapping()) {
                            values.add(mapping.getAttributeName() + "." + inner.getAttributeName(),
                                    Json.createObjectBuilder().add(side,
                                            aggregate == null ? "" : text(inner.getAttributeValueFromObject(aggregate))));
                        }
                    }
                }
                if (mapping.isDirectToFieldMapping() && !mapping.isPrimaryKeyMapping()) {
                    Object value = mapping.getAttributeValueFromObject(event.getSource());
                    if (isConfidential(event.getSource(), mapping.getAttributeName())) {
                        if (value != null) {
                            values.add(mapping.getAttributeName(), CHANGED);
                        }
                        continue;
                    }
                    String shown = isMasked(event.getSource(), mapping.getAttributeName()) ? MASK : text(value);
                    values.add(mapping.getAttributeName(), Json.createObjectBuilder().add(side, shown));
                }
            }
            return values.build().toString();
        }

        private static boolean isConfidential(Object entity, String attribute) {
            return entity instanceof Audited audited && audited.auditConfidentialAttributes().contains(attribute);
        }

        private static boolean isMasked(Object entity, String attribute) {
            return entity instanceof Audited audited && audited.auditMaskedAttributes().contains(attribute);
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }
}
