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
import org.ancrage.privacy.Audited;

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

    public long getVersion() {
        return version;
    }
}
