package org.ancrage.console.rent;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.console.Messages;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.money.Money;
import org.ancrage.rent.PlanFollowUp;
import org.ancrage.rent.RentService;
import org.ancrage.rent.RepaymentPlan;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.DomainException;

/**
 * Repayment plans of the household's current occupancy (the file lists them): a dialog agrees a new
 * plan in equal monthly instalments, and a plan can be cancelled.
 */
@Named
@ViewScoped
public class RepaymentPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private RentService rent;
    @Inject private HouseholdFileBacking file;
    @Inject private RentAccounts accounts;
    @Inject private Messages messages;

    private LocalDate agreedOn;
    private BigDecimal debt;
    private Integer instalments;
    private LocalDate firstDue;

    private Long occupancyId;

    /** Opens the dialog with today's arrears as the debt, to be repaid monthly from next month. */
    public void prepare() {
        prepare(file.getOccupancy().getId());
    }

    /** The same for the account of {@code occupancyId}, a dwelling the household left included. */
    public void prepare(long occupancyId) {
        this.occupancyId = occupancyId;
        agreedOn = AssociationClock.today();
        debt = rent.accountOf(occupancyId).arrearsOn(agreedOn).total().amount();
        instalments = 6;
        firstDue = agreedOn.plusMonths(1).withDayOfMonth(5);
    }

    /**
     * Agrees the plan; a refusal of the debt (none, above the day's arrears) is shown at the debt, of
     * the number of instalments at that number, any other at the foot of the dialog.
     */
    public void agree() {
        messages.actShowingAt(RepaymentPlanBacking::fieldOf, () -> {
            Money owed = Money.of(debt);
            rent.agreeRepaymentPlan(occupancyId, agreedOn, owed, RepaymentPlan.monthly(owed, instalments, firstDue));
            accounts.changed();
            file.done("plan.agreed");
        });
    }

    private static String fieldOf(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "rent.plan.noDebt", "rent.plan.aboveArrears" -> "planForm:debt";
            case "rent.plan.instalmentCount" -> "planForm:count";
            default -> "planForm:messages";
        };
    }

    public void cancel(PlanFollowUp plan) {
        cancel(plan, file.getOccupancy().getId());
    }

    /** Cancels a plan of the account of {@code occupancyId}. */
    public void cancel(PlanFollowUp plan, long occupancyId) {
        file.act("file:messages", () -> {
            RepaymentPlan current = rent.repaymentPlansOf(occupancyId).stream()
                    .filter(p -> p.getId().equals(plan.planId())).findFirst().orElseThrow();
            rent.cancelRepaymentPlan(current.getId(), current.getVersion(), AssociationClock.today());
            accounts.changed();
            file.done("plan.cancelledDone");
        });
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public BigDecimal getDebt() {
        return debt;
    }

    public void setDebt(BigDecimal debt) {
        this.debt = debt;
    }

    public Integer getInstalments() {
        return instalments;
    }

    public void setInstalments(Integer instalments) {
        this.instalments = instalments;
    }

    public LocalDate getFirstDue() {
        return firstDue;
    }

    public void setFirstDue(LocalDate firstDue) {
        this.firstDue = firstDue;
    }
}
