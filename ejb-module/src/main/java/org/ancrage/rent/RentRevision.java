package org.ancrage.rent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.ancrage.housing.Occupancy;
import org.ancrage.money.Money;
import org.ancrage.system.Audited;

/**
 * The rent, charges and housing benefit of an occupancy from a date (the yearly IRL revision the
 * main lease allows, a new benefit notified by the CAF). Kept as history: a call uses the terms in
 * force on the first day it calls.
 */
@Entity
@Table(name = "rent_revision")
public class RentRevision implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rent_revision")
    @SequenceGenerator(name = "rent_revision", sequenceName = "rent_revision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occupancy_id", nullable = false)
    private Long occupancyId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "rent", precision = 12, scale = 2, nullable = false)
    private Money rent;

    @Column(name = "charges", precision = 12, scale = 2, nullable = false)
    private Money charges;

    @Column(name = "housing_benefit", precision = 12, scale = 2, nullable = false)
    private Money housingBenefit;

    @Size(max = 500)
    @Column(name = "reason", length = 500)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RentRevision() {
    }

    public RentRevision(Occupancy occupancy, LocalDate from, Occupancy.Terms terms, String reason, Instant now) {
        if (from == null || from.isBefore(occupancy.getStart())) {
            throw new RentRefused("rent.revision.beforeOccupancy", occupancy.getStart());
        }
        if (occupancy.getEnd() != null && !from.isBefore(occupancy.getEnd())) {
            throw new RentRefused("rent.revision.afterOccupancy", occupancy.getEnd());
        }
        Money benefit = terms.housingBenefit() == null ? Money.ZERO : terms.housingBenefit();
        if (terms.rent() == null || terms.charges() == null) {
            throw new RentRefused("rent.revision.termsMissing");
        }
        if (terms.rent().isNegative() || terms.charges().isNegative() || benefit.isNegative()) {
            throw new RentRefused("rent.revision.negative");
        }
        this.occupancyId = occupancy.getId();
        this.householdId = occupancy.getHouseholdId();
        this.effectiveFrom = from;
        this.rent = terms.rent();
        this.charges = terms.charges();
        this.housingBenefit = benefit;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.recordedAt = now;
    }

    public Occupancy.Terms terms() {
        return new Occupancy.Terms(rent, charges, housingBenefit);
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

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Money getRent() {
        return rent;
    }

    public Money getCharges() {
        return charges;
    }

    public Money getHousingBenefit() {
        return housingBenefit;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
