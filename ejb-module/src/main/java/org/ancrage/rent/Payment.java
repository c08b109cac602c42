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

/**
 * Money received for an occupancy's rent, possibly towards a repayment plan, with its method and
 * reference. Never edited nor deleted: a payment recorded by mistake is cancelled by its reversal,
 * a negative entry of the same value date that names it and says why (at most one per payment).
 */
@Entity
@Table(name = "payment")
public class Payment implements Serializable, Audited {

    public static final int REASON_LENGTH = 500;

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

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 24, nullable = false)
    private PaymentMethod method;

    /** The payment this entry cancels (this one then negative). */
    @Column(name = "reverses_payment_id")
    private Long reversesPaymentId;

    /** Why the payment was cancelled (reversals only). */
    @Size(max = REASON_LENGTH)
    @Column(name = "reason", length = REASON_LENGTH)
    private String reason;

    protected Payment() {
    }

    public Payment(Long occupancyId, Long householdId, LocalDate paidOn, Money amount, Payer payer, String reference,
            Long repaymentPlanId, Instant recordedAt) {
        this(occupancyId, householdId, paidOn, amount, payer, PaymentMethod.usualFor(payer), reference,
                repaymentPlanId, recordedAt);
    }

    public Payment(Long occupancyId, Long householdId, LocalDate paidOn, Money amount, Payer payer,
            PaymentMethod method, String reference, Long repaymentPlanId, Instant recordedAt) {
        if (amount == null || !amount.isPositive()) {
            throw new RentRefused("rent.payment.notPositive");
        }
        if (method == null) {
            throw new RentRefused("rent.payment.noMethod");
        }
        this.method = method;
        this.occupancyId = occupancyId;
        this.householdId = householdId;
        this.paidOn = paidOn;
        this.amount = amount;
        this.payer = payer;
        this.reference = reference;
        this.repaymentPlanId = repaymentPlanId;
        this.recordedAt = recordedAt;
    }

    /**
     * The entry cancelling this payment: the same amount, negative, on the same value date (the
     * payment never happened, so neither the arrears nor a plan's follow-up on any date keep it).
     */
    public Payment reversal(String why, Instant now) {
        if (isReversal()) {
            throw new RentRefused("rent.payment.reversalOfReversal");
        }
        if (why == null || why.isBlank()) {
            throw new RentRefused("rent.payment.reversalNeedsReason");
        }
        Payment reversal = new Payment();
        reversal.occupancyId = occupancyId;
        reversal.householdId = householdId;
        reversal.paidOn = paidOn;
        reversal.amount = amount.negate();
        reversal.payer = payer;
        reversal.method = method;
        reversal.reference = reference;
        reversal.repaymentPlanId = repaymentPlanId;
        reversal.recordedAt = now;
        reversal.reversesPaymentId = id;
        reversal.reason = why.strip();
        return reversal;
    }

    public boolean isReversal() {
        return reversesPaymentId != null;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public Long getReversesPaymentId() {
        return reversesPaymentId;
    }

    public String getReason() {
        return reason;
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
