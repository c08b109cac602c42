package org.ancrage.reminders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline told to one member of staff. Raised only by the reminders job, in bulk and at most
 * once per deadline and recipient (a unique key, so a second run or a restart adds nothing);
 * the recipient marks it seen.
 */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AlertKind kind;

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "seen_at")
    private Instant seenAt;

    /** When its cause went away (bilan written, contact logged, measure ended…): no longer shown. */
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected Alert() {
    }

    public boolean isLate(LocalDate today) {
        return today.isAfter(dueDate);
    }

    void seen(Instant at) {
        if (seenAt == null) {
            seenAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public AlertKind getKind() {
        return kind;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getSeenAt() {
        return seenAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public long getVersion() {
        return version;
    }
}
