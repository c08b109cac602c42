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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ancrage.money.Money;
import org.ancrage.system.Audited;

/**
 * The security deposit (dépôt de garantie) of an occupancy, under article 22 of the law of 6 July
 * 1989: received once, at most one month's rent excluding charges; held while the occupancy runs;
 * returned once the keys are handed back, within one month when the move-out inspection matches the
 * move-in one, two months otherwise, less the deductions justified line by line ({@link
 * DepositDeduction}); returned late, it owes 10 % of the monthly rent excluding charges for each
 * month begun late. Each step is recorded once, with who recorded it; nothing is edited afterwards.
 */
@Entity
@Table(name = "security_deposit")
public class SecurityDeposit implements Serializable, Audited {

    public static final int REFERENCE_LENGTH = 80;

    /** The penalty for each month begun late: 10 % of the monthly rent excluding charges. */
    private static final BigDecimal PENALTY_RATE = new BigDecimal("0.10");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_deposit")
    @SequenceGenerator(name = "security_deposit", sequenceName = "security_deposit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occupancy_id", nullable = false)
    private Long occupancyId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "amount", precision = 12, scale = 2, nullable = false)
    private Money amount;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 24, nullable = false)
    private PaymentMethod method;

    /** The receipt's reference, when it has one: the cheque's number, the transfer's reference. */
    @Column(name = "reference", length = REFERENCE_LENGTH)
    private String reference;

    @Column(name = "received_by", length = 80, nullable = false)
    private String receivedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "keys_returned_on")
    private LocalDate keysReturnedOn;

    /** Whether the move-out inspection matches the move-in one (null until the keys are back). */
    @Column(name = "inspections_match")
    private Boolean inspectionsMatch;

    @Column(name = "keys_recorded_by", length = 80)
    private String keysRecordedBy;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    /** What was returned: the deposit less its deductions (the penalty apart). */
    @Column(name = "returned_amount", precision = 12, scale = 2)
    private Money returnedAmount;

    /** The penalty owed for a late return, zero when on time. */
    @Column(name = "penalty", precision = 12, scale = 2)
    private Money penalty;

    @Column(name = "returned_by", length = 80)
    private String returnedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected SecurityDeposit() {
    }

    /**
     * A deposit of {@code amount} received on {@code on} by {@code method}, for an occupancy whose
     * monthly rent excluding charges is {@code monthlyRent}: refused above that ceiling.
     */
    public static SecurityDeposit receive(Long occupancyId, Long householdId, Money monthlyRent, Money amount,
            LocalDate on, PaymentMethod method, String by, Instant now) {
        return receive(occupancyId, householdId, monthlyRent, amount, on, method, null, by, now);
    }

    /**
     * {@link #receive(Long, Long, Money, Money, LocalDate, PaymentMethod, String, Instant)} with the
     * receipt's reference (a cheque's number, a transfer's reference), optional.
     */
    public static SecurityDeposit receive(Long occupancyId, Long householdId, Money monthlyRent, Money amount,
            LocalDate on, PaymentMethod method, String reference, String by, Instant now) {
        if (amount == null || !amount.isPositive()) {
            throw new RentRefused("deposit.notPositive");
        }
        if (amount.compareTo(monthlyRent) > 0) {
            throw new RentRefused("deposit.aboveCeiling", monthlyRent);
        }
        if (on == null) {
            throw new RentRefused("deposit.dateMissing");
        }
        if (method == null) {
            throw new RentRefused("rent.payment.noMethod");
        }
        String given = reference == null || reference.isBlank() ? null : reference.strip();
        if (given != null && given.length() > REFERENCE_LENGTH) {
            throw new RentRefused("deposit.referenceTooLong", REFERENCE_LENGTH);
        }
        SecurityDeposit deposit = new SecurityDeposit();
        deposit.reference = given;
        deposit.occupancyId = occupancyId;
        deposit.householdId = householdId;
        deposit.amount = amount;
        deposit.receivedOn = on;
        deposit.method = method;
        deposit.receivedBy = by;
        deposit.recordedAt = now;
        return deposit;
    }

    /**
     * The keys were handed back on {@code on}, the move-out inspection matching the move-in one or
     * not: the deadline of return runs from that day. Once only, and not before the deposit came.
     */
    public void keysReturned(LocalDate on, boolean inspectionsMatch, String by) {
        if (keysReturnedOn != null) {
            throw new RentRefused("deposit.keysAlreadyReturned", keysReturnedOn);
        }
        if (on == null || on.isBefore(receivedOn)) {
            throw new RentRefused("deposit.keysBeforeReceipt", receivedOn);
        }
        this.keysReturnedOn = on;
        this.inspectionsMatch = inspectionsMatch;
        this.keysRecordedBy = by;
    }

    /**
     * The date by which the deposit must be returned: one month after the keys came back when the
     * inspections match, two months otherwise; null while the keys are not back.
     */
    public LocalDate returnDeadline() {
        if (keysReturnedOn == null) {
            return null;
        }
        return keysReturnedOn.plusMonths(Boolean.TRUE.equals(inspectionsMatch) ? 1 : 2);
    }

    /**
     * How many months begun late a return on {@code on} is: none up to the deadline; one from the
     * day after it up to a month after it; two the day after that, and so on.
     */
    public long monthsLateOn(LocalDate on) {
        LocalDate deadline = returnDeadline();
        if (deadline == null || on == null || !on.isAfter(deadline)) {
            return 0;
        }
        long whole = ChronoUnit.MONTHS.between(deadline, on);
        return deadline.plusMonths(whole).isBefore(on) ? whole + 1 : whole;
    }

    /** The penalty owed for a return on {@code on}: 10 % of {@code monthlyRent} for each month begun late. */
    public Money penaltyOn(LocalDate on, Money monthlyRent) {
        long months = monthsLateOn(on);
        return Money.of(monthlyRent.amount().multiply(PENALTY_RATE).multiply(BigDecimal.valueOf(months))
                .setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * A deduction of {@code amount} for {@code label}, justified by {@code reason}: refused once
     * the deposit is returned, and when the deductions that count would exceed the deposit.
     */
    public DepositDeduction deduct(List<DepositDeduction> deductions, String label, Money deducted, String reason,
            String by, Instant now) {
        requireHeld();
        if (deducted == null || !deducted.isPositive()) {
            throw new RentRefused("deposit.deduction.notPositive");
        }
        Money left = toReturn(deductions);
        if (deducted.compareTo(left) > 0) {
            throw new RentRefused("deposit.deduction.aboveDeposit", left, amount);
        }
        return DepositDeduction.of(this, label, deducted, reason, false, by, now);
    }

    /**
     * A deduction of {@code amount} for unpaid rent, which the rent account is then credited with: the
     * rules of any deduction, and never more than the household owes ({@code arrears}, its unpaid
     * rent on the day), since the deposit only pays a debt.
     */
    public DepositDeduction deductForUnpaidRent(List<DepositDeduction> deductions, String label, Money deducted,
            String reason, Money arrears, String by, Instant now) {
        DepositDeduction checked = deduct(deductions, label, deducted, reason, by, now);
        if (!arrears.isPositive()) {
            throw new RentRefused("deposit.deduction.noArrears");
        }
        if (deducted.compareTo(arrears) > 0) {
            throw new RentRefused("deposit.deduction.aboveArrears", arrears);
        }
        return DepositDeduction.of(this, checked.getLabel(), deducted, checked.getReason(), true, by, now);
    }

    /** The entry cancelling {@code deduction}, with its reason: refused once the deposit is returned. */
    public DepositDeduction cancel(DepositDeduction deduction, List<DepositDeduction> deductions, String reason,
            String by, Instant now) {
        requireHeld();
        if (!java.util.Objects.equals(id, deduction.getDepositId())) {
            throw new RentRefused("deposit.deduction.ofAnotherDeposit");
        }
        if (deduction.getId() != null && deductions.stream()
                .anyMatch(d -> deduction.getId().equals(d.getCancelsDeductionId()))) {
            throw new RentRefused("deposit.deduction.alreadyCancelled");
        }
        return deduction.cancellation(reason, by, now);
    }

    /** The deductions that count: every deduction and cancellation, summed (a cancelled one nets to zero). */
    public static Money deducted(List<DepositDeduction> deductions) {
        return deductions.stream().map(DepositDeduction::getAmount).reduce(Money.ZERO, Money::plus);
    }

    /** What is to be returned: the deposit less the deductions that count. */
    public Money toReturn(List<DepositDeduction> deductions) {
        return amount.minus(deducted(deductions));
    }

    /**
     * The deposit is returned on {@code on}, less its deductions, with the penalty owed when late
     * (10 % of {@code monthlyRent} per month begun after the deadline). Only once the keys are back.
     */
    public void returnOn(LocalDate on, List<DepositDeduction> deductions, Money monthlyRent, String by) {
        requireHeld();
        if (keysReturnedOn == null) {
            throw new RentRefused("deposit.keysNotReturned");
        }
        if (on == null || on.isBefore(keysReturnedOn)) {
            throw new RentRefused("deposit.returnBeforeKeys", keysReturnedOn);
        }
        this.returnedOn = on;
        this.returnedAmount = toReturn(deductions);
        this.penalty = penaltyOn(on, monthlyRent);
        this.returnedBy = by;
    }

    public boolean isReturned() {
        return returnedOn != null;
    }

    private void requireHeld() {
        if (returnedOn != null) {
            throw new RentRefused("deposit.alreadyReturned", returnedOn);
        }
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

    public Money getAmount() {
        return amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public LocalDate getKeysReturnedOn() {
        return keysReturnedOn;
    }

    public Boolean getInspectionsMatch() {
        return inspectionsMatch;
    }

    public String getKeysRecordedBy() {
        return keysRecordedBy;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public Money getReturnedAmount() {
        return returnedAmount;
    }

    public Money getPenalty() {
        return penalty;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public long getVersion() {
        return version;
    }
}
