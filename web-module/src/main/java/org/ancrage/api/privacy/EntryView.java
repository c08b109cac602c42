package org.ancrage.api.privacy;

import java.time.Instant;
import org.ancrage.privacy.AuditAction;
import org.ancrage.privacy.AuditEntry;

public record EntryView(Long id, Instant occurredAt, String username, AuditAction action, String entityType,
        Long entityId, Long householdId, String changes) {
    static EntryView of(AuditEntry e) {
        return new EntryView(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(),
                e.getEntityType(), e.getEntityId(), e.getHouseholdId(), e.getChanges());
    }
}
