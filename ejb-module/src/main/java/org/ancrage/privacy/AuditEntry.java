package org.ancrage.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;

/** One line of the audit trail, as read back; lines are only ever added (see {@link AuditTrail}). */
@Entity
@ReadOnly
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", insertable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "username", insertable = false, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", insertable = false, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", insertable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", insertable = false, updatable = false)
    private Long entityId;

    @Column(name = "household_id", insertable = false, updatable = false)
    private Long householdId;

    @Column(name = "changes", insertable = false, updatable = false)
    private String changes;

    protected AuditEntry() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    /** Before and after values, as JSON: {@code {"name": {"before": "A", "after": "B"}}}. */
    public String getChanges() {
        return changes;
    }
}
