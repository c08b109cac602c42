package org.ancrage.rent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.ancrage.money.Money;
import org.ancrage.system.Audited;

/** Money received for an occupancy's rent, possibly towards a repayment plan. */
@Entity
@Table(name = "payment")
public class Payment implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment")
    @SequenceGenerator(name = "payment", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occupancy_id", nullable = false)
    private Long occupancyId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @NotNull
    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @NotNull
    @Column(name = "amount", precision = 12, scale = 2, nullable = false)
    private Money amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "payer", length = 16, nullable = false)
    private Payer payer;

    @Size(max = 80)
    @Column(name = "reference", length = 80)
    private String reference;

    @Column(name = "repayment_plan_id")
    private Long repaymentPlanId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Payment() {
    }

    public Payment(Long occupancyId, Long householdId, LocalDate paidOn, Money amount, Payer payer, String reference,
            Long repaymentPlanId, Instant recordedAt) {
        if (amount == null || !amount.isPositive()) {
            throw new RentRefused("rent.payment.notPositive");
        }
        this.occupancyId = occupancyId;
        this.householdId = householdId;
        this.paidOn = paidOn;
        this.amount = amount;
        this.payer = payer;
        this.reference = reference;
        this.repaymentPlanId = repaymentPlanId;
        this.recordedAt = recordedAt;
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

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public Money getAmount() {
        return amount;
    }

    public Payer getPayer() {
        return payer;
    }

    public String getReference() {
        return reference;
    }

    public Long getRepaymentPlanId() {
        return repaymentPlanId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
