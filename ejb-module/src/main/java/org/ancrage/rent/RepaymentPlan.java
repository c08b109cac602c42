package org.ancrage.rent;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.money.Money;
import org.ancrage.system.Audited;

/**
 * A repayment plan (plan d'apurement) agreed with the household for its arrears: instalments whose
 * sum is the debt, due one after the other from the day it is agreed. Followed by the payments
 * made towards it, cumulated: a payment short of an instalment leaves it late.
 */
@Entity
@Table(name = "repayment_plan")
public class RepaymentPlan implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "repayment_plan")
    @SequenceGenerator(name = "repayment_plan", sequenceName = "repayment_plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occupancy_id", nullable = false)
    private Long occupancyId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Column(name = "debt", precision = 12, scale = 2, nullable = false)
    private Money debt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "repayment_instalment", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("number")
    private List<Instalment> instalments = new ArrayList<>();

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Version
    @Column(name = "version")
    private long version;

    protected RepaymentPlan() {
    }

    /** A plan for {@code debt}, which may not exceed the arrears it repays. */
    public RepaymentPlan(Long occupancyId, Long householdId, LocalDate agreedOn, Money debt, Money arrears,
            List<Instalment> instalments) {
        if (debt == null || !debt.isPositive()) {
            throw new RentRefused("rent.plan.noDebt");
        }
        if (debt.compareTo(arrears) > 0) {
            throw new RentRefused("rent.plan.aboveArrears", debt, arrears);
        }
        if (instalments.isEmpty()) {
            throw new RentRefused("rent.plan.noInstalment");
        }
        Money sum = Money.ZERO;
        LocalDate previous = agreedOn.minusDays(1);
        for (Instalment instalment : instalments) {
            if (instalment.getAmount() == null || !instalment.getAmount().isPositive()) {
                throw new RentRefused("rent.plan.instalmentNotPositive", instalment.getNumber());
            }
            if (!instalment.getDueDate().isAfter(previous)) {
                throw new RentRefused("rent.plan.instalmentOrder", instalment.getNumber());
            }
            previous = instalment.getDueDate();
            sum = sum.plus(instalment.getAmount());
        }
        if (!sum.equals(debt)) {
            throw new RentRefused("rent.plan.sumDiffers", sum, debt);
        }
        this.occupancyId = occupancyId;
        this.householdId = householdId;
        this.agreedOn = agreedOn;
        this.debt = debt;
        this.instalments = new ArrayList<>(instalments);
    }

    /** Equal monthly instalments from the month after agreement; the last one takes the rounding cents. */
    public static List<Instalment> monthly(Money debt, int count, LocalDate firstDue) {
        if (count < 1 || count > 120) {
            throw new RentRefused("rent.plan.instalmentCount");
        }
        long cents = debt.amount().movePointRight(2).longValueExact();
        long each = cents / count;
        List<Instalment> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            long amount = i < count ? each : cents - each * (count - 1);
            list.add(new Instalment(i, firstDue.plusMonths(i - 1), Money.ofCents(amount)));
        }
        return list;
    }

    public void cancel(LocalDate on) {
        if (cancelledOn != null) {
            throw new RentRefused("rent.plan.cancelled", cancelledOn);
        }
        cancelledOn = on;
    }

    /** The plan on {@code asOf}, given the payments made towards it. */
    public PlanFollowUp followUp(List<Payment> towardsPlan, LocalDate asOf) {
        Money paid = towardsPlan.stream().filter(p -> !p.getPaidOn().isAfter(asOf)).map(Payment::getAmount)
                .reduce(Money.ZERO, Money::plus);
        Money cumulated = Money.ZERO;
        boolean late = false;
        List<PlanFollowUp.InstalmentState> states = new ArrayList<>();
        for (Instalment instalment : instalments) {
            cumulated = cumulated.plus(instalment.getAmount());
            InstalmentStatus status = paid.compareTo(cumulated) >= 0 ? InstalmentStatus.PAID
                    : instalment.getDueDate().isBefore(asOf) ? InstalmentStatus.LATE : InstalmentStatus.TO_COME;
            late |= status == InstalmentStatus.LATE;
            states.add(new PlanFollowUp.InstalmentState(instalment.getNumber(), instalment.getDueDate(),
                    instalment.getAmount(), status));
        }
        Money remaining = debt.minus(paid).isNegative() ? Money.ZERO : debt.minus(paid);
        PlanStatus status = cancelledOn != null && !cancelledOn.isAfter(asOf) ? PlanStatus.CANCELLED
                : remaining.isZero() ? PlanStatus.REPAID : late ? PlanStatus.BEHIND : PlanStatus.ON_TRACK;
        return new PlanFollowUp(id, asOf, status, paid, remaining, states);
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    public boolean isCancelled() {
        return cancelledOn != null;
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

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public Money getDebt() {
        return debt;
    }

    public List<Instalment> getInstalments() {
        return instalments;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public long getVersion() {
        return version;
    }
}
