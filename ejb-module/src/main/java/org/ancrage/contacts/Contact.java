package org.ancrage.contacts;

import org.ancrage.programmes.ContactType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.ancrage.system.Audited;

/** A home visit, an appointment, a call…: dated, typed, by a worker, with a confidential note. */
@Entity
@Table(name = "contact")
public class Contact implements Serializable, Audited {

    public static final int TOPICS_LENGTH = 500;
    public static final int NOTE_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact")
    @SequenceGenerator(name = "contact", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @NotNull
    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @NotNull
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Min(0)
    @Max(24 * 60)
    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 24, nullable = false)
    private ContactType type;

    @NotNull
    @Column(name = "worker_id", nullable = false)
    private Long workerId;

    @Size(max = TOPICS_LENGTH)
    @Column(name = "topics", length = TOPICS_LENGTH)
    private String topics;

    @Size(max = NOTE_LENGTH)
    @Column(name = "confidential_note", length = NOTE_LENGTH)
    private String confidentialNote;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private ContactStatus status = ContactStatus.DONE;

    /** Who logged it (null for contacts logged before this was kept: then the worker is the author). */
    @Column(name = "logged_by")
    private Long loggedBy;

    public static final int REASON_LENGTH = 500;

    @Size(max = REASON_LENGTH)
    @Column(name = "cancel_reason", length = REASON_LENGTH)
    private String cancelReason;

    @Transient
    private boolean confidentialNoteWithheld;

    @Version
    @Column(name = "version")
    private long version;

    /** What a worker logs about a contact. */
    public record Details(LocalDateTime occurredAt, ContactType type, Long workerId, Integer durationMinutes,
            String topics, String confidentialNote) {
    }

    protected Contact() {
    }

    public Contact(Long measureId, Long householdId, LocalDateTime occurredAt, ContactType type, Long workerId,
            Integer durationMinutes, String topics, String confidentialNote) {
        this.measureId = measureId;
        this.householdId = householdId;
        this.occurredAt = occurredAt;
        this.type = type;
        this.workerId = workerId;
        this.durationMinutes = durationMinutes;
        this.topics = topics;
        this.confidentialNote = confidentialNote;
    }

    /**
     * Dates the contact against the association's clock: a contact dated later than {@code now} is
     * an appointment (planned), never counted as done until it is turned into one.
     */
    void loggedBy(Long author, LocalDateTime now) {
        this.loggedBy = author;
        this.status = occurredAt.isAfter(now) ? ContactStatus.PLANNED : ContactStatus.DONE;
    }

    /** Whether {@code userId} wrote this contact (its logger, or its worker for older ones). */
    public boolean isAuthoredBy(Long userId) {
        return userId != null && userId.equals(loggedBy != null ? loggedBy : workerId);
    }

    /** The appointment took place: a done contact, once its time has come. */
    void held(LocalDateTime now, Integer durationMinutes, String topics, String confidentialNote) {
        requireStatus(ContactStatus.PLANNED);
        if (occurredAt.isAfter(now)) {
            throw new ContactRefused("contact.appointment.notYet", occurredAt);
        }
        this.status = ContactStatus.DONE;
        this.durationMinutes = durationMinutes;
        this.topics = topics;
        this.confidentialNote = confidentialNote;
    }

    /** The household did not come: a missed appointment, kept as such. */
    void missed(LocalDateTime now) {
        requireStatus(ContactStatus.PLANNED);
        if (occurredAt.isAfter(now)) {
            throw new ContactRefused("contact.appointment.notYet", occurredAt);
        }
        this.status = ContactStatus.MISSED;
    }

    /** Corrects what was logged; the date decides again whether it is done or planned. */
    void corrected(Details details, LocalDateTime now) {
        if (status == ContactStatus.CANCELLED) {
            throw new ContactRefused("contact.cancelled");
        }
        this.occurredAt = details.occurredAt();
        this.type = details.type();
        this.durationMinutes = details.durationMinutes();
        this.topics = details.topics();
        this.confidentialNote = details.confidentialNote();
        if (status != ContactStatus.MISSED) {
            this.status = occurredAt.isAfter(now) ? ContactStatus.PLANNED : ContactStatus.DONE;
        }
    }

    /** Cancelled, with the reason: stays on the file as cancelled, counted nowhere. */
    void cancelled(String reason) {
        if (status == ContactStatus.CANCELLED) {
            throw new ContactRefused("contact.cancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new ContactRefused("contact.cancel.reasonRequired");
        }
        this.status = ContactStatus.CANCELLED;
        this.cancelReason = reason.strip();
    }

    private void requireStatus(ContactStatus expected) {
        if (status != expected) {
            throw new ContactRefused("contact.notPlanned");
        }
    }

    public ContactStatus getStatus() {
        return status == null ? ContactStatus.DONE : status;
    }

    public Long getLoggedBy() {
        return loggedBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    /** The trail records that the note changed, never what it says. */
    @Override
    public java.util.Set<String> auditConfidentialAttributes() {
        return java.util.Set.of("confidentialNote");
    }

    public Long getId() {
        return id;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public ContactType getType() {
        return type;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public String getTopics() {
        return topics;
    }

    public String getConfidentialNote() {
        return confidentialNote;
    }

    /** Whether a note was written that the reader may not see. */
    public boolean isConfidentialNoteWithheld() {
        return confidentialNoteWithheld;
    }

    /** Blanks the note for a reader outside need to know; the service detaches the contact first. */
    void withholdConfidentialNote() {
        confidentialNoteWithheld = confidentialNote != null;
        confidentialNote = null;
    }

    public long getVersion() {
        return version;
    }
}
