package org.ancrage.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.system.Audited;

/**
 * An orientation of a household towards a programme, from the SIAO, a DALO commission, the
 * CCAPEX…: it waits on the programme's list until admitted, refused (with a reason) or withdrawn.
 */
@Entity
@Table(name = "referral")
public class Referral implements Serializable, Audited {

    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral")
    @SequenceGenerator(name = "referral", sequenceName = "referral_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @NotNull
    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "orienting_body", length = 24, nullable = false)
    private OrientingBody orientingBody;

    @NotNull
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private ReferralStatus status = ReferralStatus.WAITING;

    @Column(name = "interview_on")
    private LocalDate interviewOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Size(max = REASON_LENGTH)
    @Column(name = "decision_reason", length = REASON_LENGTH)
    private String decisionReason;

    @Column(name = "measure_id")
    private Long measureId;

    public static final int REFERENCE_LENGTH = 60;
    public static final int REFERRER_LENGTH = 120;
    public static final int REFERRER_CONTACT_LENGTH = 200;
    public static final int COMMENT_LENGTH = 2000;
    public static final int ATTENDEES_LENGTH = 500;
    public static final int NOTES_LENGTH = 4000;

    /** The orienting body's own reference (the SIAO request number, the DALO file number…). */
    @Size(max = REFERENCE_LENGTH)
    @Column(name = "orienting_reference", length = REFERENCE_LENGTH)
    private String orientingReference;

    @Size(max = REFERRER_LENGTH)
    @Column(name = "referrer_name", length = REFERRER_LENGTH)
    private String referrerName;

    @Size(max = REFERRER_CONTACT_LENGTH)
    @Column(name = "referrer_contact", length = REFERRER_CONTACT_LENGTH)
    private String referrerContact;

    @Size(max = COMMENT_LENGTH)
    @Column(name = "referral_comment", length = COMMENT_LENGTH)
    private String comment;

    @Size(max = ATTENDEES_LENGTH)
    @Column(name = "interview_attendees", length = ATTENDEES_LENGTH)
    private String interviewAttendees;

    @Size(max = NOTES_LENGTH)
    @Column(name = "interview_notes", length = NOTES_LENGTH)
    private String interviewNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "interview_outcome", length = 16)
    private InterviewOutcome interviewOutcome;

    /** What the orienting body says of its referral, besides the programme and the date. */
    public record Details(String orientingReference, String referrerName, String referrerContact, String comment) {
        public static final Details NONE = new Details(null, null, null, null);
    }

    /** The admission interview as it took place. */
    public record Interview(LocalDate on, String attendees, String notes, InterviewOutcome outcome) {
    }

    @Version
    @Column(name = "version")
    private long version;

    protected Referral() {
    }

    public Referral(Long householdId, Long programmeId, OrientingBody orientingBody, LocalDate receivedOn) {
        this.householdId = householdId;
        this.programmeId = programmeId;
        this.orientingBody = orientingBody;
        this.receivedOn = receivedOn;
    }

    public Referral details(Details details) {
        if (details != null) {
            this.orientingReference = blankToNull(details.orientingReference());
            this.referrerName = blankToNull(details.referrerName());
            this.referrerContact = blankToNull(details.referrerContact());
            this.comment = blankToNull(details.comment());
        }
        return this;
    }

    /** Records the admission interview: its date, who attended, the notes and its outcome. */
    public void interviewed(Interview interview) {
        requireWaiting();
        if (interview == null || interview.on() == null || interview.outcome() == null) {
            throw new ReferralRefused("referral.interview.incomplete");
        }
        if (interview.on().isBefore(receivedOn)) {
            throw new ReferralRefused("referral.interview.beforeReceived", receivedOn);
        }
        this.interviewOn = interview.on();
        this.interviewAttendees = blankToNull(interview.attendees());
        this.interviewNotes = blankToNull(interview.notes());
        this.interviewOutcome = interview.outcome();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void interviewOn(LocalDate date) {
        requireWaiting();
        this.interviewOn = date;
    }

    public void admit(LocalDate on, Long measureId) {
        requireWaiting();
        this.status = ReferralStatus.ADMITTED;
        this.decidedOn = on;
        this.measureId = measureId;
    }

    public void refuse(LocalDate on, String reason) {
        requireWaiting();
        if (reason == null || reason.isBlank()) {
            throw new ReferralRefused("referral.refusal.reasonRequired");
        }
        this.status = ReferralStatus.REFUSED;
        this.decidedOn = on;
        this.decisionReason = reason;
    }

    public void withdraw(LocalDate on, String reason) {
        requireWaiting();
        this.status = ReferralStatus.WITHDRAWN;
        this.decidedOn = on;
        this.decisionReason = reason;
    }

    private void requireWaiting() {
        if (status != ReferralStatus.WAITING) {
            throw new ReferralRefused("referral.alreadyDecided", status);
        }
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public OrientingBody getOrientingBody() {
        return orientingBody;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public LocalDate getInterviewOn() {
        return interviewOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public String getOrientingReference() {
        return orientingReference;
    }

    public String getReferrerName() {
        return referrerName;
    }

    public String getReferrerContact() {
        return referrerContact;
    }

    public String getComment() {
        return comment;
    }

    public String getInterviewAttendees() {
        return interviewAttendees;
    }

    public String getInterviewNotes() {
        return interviewNotes;
    }

    public InterviewOutcome getInterviewOutcome() {
        return interviewOutcome;
    }

    public long getVersion() {
        return version;
    }
}
