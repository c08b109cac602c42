package org.ancrage.housing;

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
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.ancrage.system.Audited;

/**
 * A departure or a lease transfer dated in the future: nothing changes before its date; on that
 * date the daily job applies it, once (its status leaves SCHEDULED, and the database holds at most
 * one scheduled per occupancy). Cancelled before its date, it never applies.
 */
@Entity
@Table(name = "scheduled_departure")
public class ScheduledDeparture implements Serializable, Audited {

    /** Where a scheduled change stands. */
    public enum Status {
        SCHEDULED, APPLIED, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_departure")
    @SequenceGenerator(name = "scheduled_departure", sequenceName = "scheduled_departure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occupancy_id", nullable = false)
    private Long occupancyId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 24, nullable = false)
    private OccupancyEnd kind;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Size(max = Occupancy.EXIT_STATE_LENGTH)
    @Column(name = "exit_state", length = Occupancy.EXIT_STATE_LENGTH)
    private String exitState;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private Status status;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    @Column(name = "version")
    private long version;

    protected ScheduledDeparture() {
    }

    ScheduledDeparture(Occupancy occupancy, OccupancyEnd kind, LocalDate on, String exitState, Instant now) {
        if (!occupancy.isOpen()) {
            throw new HousingRefused("occupancy.ended", occupancy.getEnd());
        }
        if (on == null || on.isBefore(occupancy.getStart())) {
            throw new HousingRefused("occupancy.endBeforeStart", occupancy.getStart());
        }
        if (kind == OccupancyEnd.LEASE_TRANSFER && occupancy.getAgreement() != Agreement.SUB_LEASE) {
            throw new HousingRefused("occupancy.transferNeedsSubLease", occupancy.getAgreement());
        }
        this.occupancyId = occupancy.getId();
        this.householdId = occupancy.getHouseholdId();
        this.kind = kind;
        this.effectiveOn = on;
        this.exitState = exitState;
        this.status = Status.SCHEDULED;
        this.scheduledAt = now;
    }

    void cancel(Instant now) {
        requireScheduled();
        status = Status.CANCELLED;
        settledAt = now;
    }

    void applied(Instant now) {
        requireScheduled();
        status = Status.APPLIED;
        settledAt = now;
    }

    private void requireScheduled() {
        if (status != Status.SCHEDULED) {
            throw new HousingRefused("departure.scheduled.settled", status);
        }
    }

    public boolean isPending() {
        return status == Status.SCHEDULED;
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    public Long getId() {
        return id;
    }

    public Long getOccupancyId() {
        return occupancyId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public OccupancyEnd getKind() {
        return kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getExitState() {
        return exitState;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public long getVersion() {
        return version;
    }
}
