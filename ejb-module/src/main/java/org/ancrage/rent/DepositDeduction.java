package org.ancrage.rent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.ancrage.money.Money;
import org.ancrage.system.Audited;

/**
 * A line deducted from a security deposit: what for (its label), how much and why (the
 * justification). Never edited nor deleted: a deduction made by mistake is cancelled by its
 * cancellation, a negative entry naming it with its reason (at most one per deduction). A deduction
 * for unpaid rent also credits the household's rent account (its cancellation takes that back): the
 * deposit pays the debt.
 */
@Entity
@Table(name = "deposit_deduction")
public class DepositDeduction implements Serializable, Audited {

    public static final int LABEL_LENGTH = 200;
    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deposit_deduction")
    @SequenceGenerator(name = "deposit_deduction", sequenceName = "deposit_deduction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "deposit_id", nullable = false)
    private Long depositId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "label", length = LABEL_LENGTH, nullable = false)
    private String label;

    /** Positive for a deduction, negative for the entry cancelling one. */
    @Column(name = "amount", precision = 12, scale = 2, nullable = false)
    private Money amount;

    @Column(name = "reason", length = REASON_LENGTH, nullable = false)
    private String reason;

    /** The deduction this entry cancels (this one then negative). */
    @Column(name = "cancels_deduction_id")
    private Long cancelsDeductionId;

    /** Whether the deduction is for unpaid rent, and so credited to the rent account (its cancellation too). */
    @Column(name = "unpaid_rent", nullable = false)
    private boolean unpaidRent;

    @Column(name = "recorded_by", length = 80, nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DepositDeduction() {
    }

    static DepositDeduction of(SecurityDeposit deposit, String label, Money amount, String reason, boolean unpaidRent,
            String by, Instant now) {
        if (label == null || label.isBlank()) {
            throw new RentRefused("deposit.deduction.labelMissing");
        }
        if (label.strip().length() > LABEL_LENGTH) {
            throw new RentRefused("deposit.deduction.labelTooLong", LABEL_LENGTH);
        }
        DepositDeduction deduction = new DepositDeduction();
        deduction.depositId = deposit.getId();
        deduction.householdId = deposit.getHouseholdId();
        deduction.label = label.strip();
        deduction.amount = amount;
        deduction.reason = justified(reason);
        deduction.unpaidRent = unpaidRent;
        deduction.recordedBy = by;
        deduction.recordedAt = now;
        return deduction;
    }

    /** The entry cancelling this deduction: the same label and amount, negative, with why. */
    DepositDeduction cancellation(String why, String by, Instant now) {
        if (isCancellation()) {
            throw new RentRefused("deposit.deduction.cancelOfCancel");
        }
        DepositDeduction cancel = new DepositDeduction();
        cancel.depositId = depositId;
        cancel.householdId = householdId;
        cancel.label = label;
        cancel.amount = amount.negate();
        cancel.reason = justified(why);
        cancel.cancelsDeductionId = id;
        cancel.unpaidRent = unpaidRent;
        cancel.recordedBy = by;
        cancel.recordedAt = now;
        return cancel;
    }

    private static String justified(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RentRefused("deposit.deduction.reasonMissing");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new RentRefused("deposit.deduction.reasonTooLong", REASON_LENGTH);
        }
        return reason.strip();
    }

    /** Whether this entry cancels a deduction (it is then negative, as only a cancellation is). */
    public boolean isCancellation() {
        return amount.isNegative();
    }

    /** Whether it is for unpaid rent: a deduction credited to the rent account, or the cancellation of one. */
    public boolean isForUnpaidRent() {
        return unpaidRent;
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    public Long getId() {
        return id;
    }

    public Long getDepositId() {
        return depositId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public String getLabel() {
        return label;
    }

    public Money getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public Long getCancelsDeductionId() {
        return cancelsDeductionId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
