package org.ancrage.console.rent;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.money.Money;
import org.ancrage.rent.DepositDeduction;
import org.ancrage.rent.DepositService;
import org.ancrage.rent.PaymentMethod;
import org.ancrage.rent.SecurityDeposit;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.DomainException;

/**
 * The security deposit's dialogs on the household's file: the deposit received, the keys handed
 * back (the inspections matching or not), a deduction (for unpaid rent or not), a deduction cancelled by an entry, the
 * deposit returned (confirmed first: it cannot be undone). Each goes to the deposit service; a
 * refusal stays in its dialog with what was typed, an amount refused at its field.
 */
@Named
@ViewScoped
public class DepositBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private DepositService deposits;
    @Inject private HouseholdFileBacking file;
    @Inject private RentDeposits shown;
    @Inject private RentAccounts accounts;
    @Inject private Messages messages;

    private Long occupancyId;
    private Long depositId;
    private long readVersion;
    private Long deductionId;
    private BigDecimal amount;
    private LocalDate on;
    private PaymentMethod method;
    private String reference;
    private boolean inspectionsMatch;
    private String label;
    private String reason;
    private boolean unpaidRent;
    private boolean confirming;

    /** The receipt dialog, for one account: today, by cheque. */
    public void prepareReceipt(long occupancyId) {
        this.occupancyId = occupancyId;
        amount = null;
        on = AssociationClock.today();
        method = PaymentMethod.CHEQUE;
        reference = null;
    }

    public void receive() {
        act("depositForm", () -> {
            deposits.receiveDeposit(occupancyId, money(amount), on, method, reference);
            changedThen("deposit.received");
        });
    }

    /** The keys dialog: today, the inspections matching. */
    public void prepareKeys(DepositService.DepositView view) {
        remember(view.deposit());
        on = AssociationClock.today();
        inspectionsMatch = true;
    }

    public void keys() {
        file.act("keysForm:messages", () -> {
            deposits.keysReturned(depositId, readVersion, on, inspectionsMatch);
            changedThen("deposit.keys.recorded");
        });
    }

    public void prepareDeduction(DepositService.DepositView view) {
        remember(view.deposit());
        label = null;
        amount = null;
        reason = null;
        unpaidRent = false;
    }

    public void deduct() {
        act("deductionForm", () -> {
            deposits.deduct(depositId, label, money(amount), reason, unpaidRent);
            changedThen("deposit.deduction.recorded");
        });
    }

    public void prepareCancellation(DepositDeduction deduction) {
        deductionId = deduction.getId();
        reason = null;
    }

    public void cancelDeduction() {
        file.act("deductionCancelForm:messages", () -> {
            deposits.cancelDeduction(deductionId, reason);
            changedThen("deposit.deduction.cancelled");
        });
    }

    /** The return dialog: today; what will be returned and the penalty are shown before confirming. */
    public void prepareReturn(DepositService.DepositView view) {
        remember(view.deposit());
        on = AssociationClock.today();
        confirming = false;
    }

    /** The form is complete: asks to confirm, since a return cannot be undone. */
    public void review() {
        confirming = true;
    }

    public void back() {
        confirming = false;
    }

    public void returnDeposit() {
        confirming = false;
        file.act("returnForm:messages", () -> {
            deposits.returnDeposit(depositId, readVersion, on);
            changedThen("deposit.returned");
        });
    }

    /**
     * Runs a dialog's action: a refused amount is said at the amount field, a refused reference at
     * the reference field, other refusals at the dialog's foot.
     */
    private void act(String form, Messages.Action<RuntimeException> action) {
        messages.actShowingAt(refusal -> form + (amountRefused(refusal) ? ":amount"
                : "deposit.referenceTooLong".equals(refusal.messageKey()) ? ":reference" : ":messages"), action);
    }

    private static boolean amountRefused(DomainException refusal) {
        return List.of("deposit.aboveCeiling", "deposit.notPositive", "deposit.deduction.notPositive",
                "deposit.deduction.aboveDeposit", "deposit.deduction.aboveArrears", "deposit.deduction.noArrears").contains(refusal.messageKey());
    }

    private void changedThen(String key) {
        shown.changed();
        accounts.changed();
        file.done(key);
    }

    private void remember(SecurityDeposit deposit) {
        depositId = deposit.getId();
        readVersion = deposit.getVersion();
        occupancyId = deposit.getOccupancyId();
    }

    private static Money money(BigDecimal value) {
        return value == null ? null : Money.of(value);
    }

    public List<PaymentMethod> getMethods() {
        return List.of(PaymentMethod.CHEQUE, PaymentMethod.TRANSFER, PaymentMethod.CASH, PaymentMethod.FSL_GRANT);
    }

    /** The deposit the keys or return dialog is about, as read now. */
    public DepositService.DepositView getDeposit() {
        return occupancyId == null ? null : shown.of(occupancyId);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public int getReferenceLength() {
        return SecurityDeposit.REFERENCE_LENGTH;
    }

    public boolean isInspectionsMatch() {
        return inspectionsMatch;
    }

    public void setInspectionsMatch(boolean inspectionsMatch) {
        this.inspectionsMatch = inspectionsMatch;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isUnpaidRent() {
        return unpaidRent;
    }

    public void setUnpaidRent(boolean unpaidRent) {
        this.unpaidRent = unpaidRent;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public int getLabelLength() {
        return DepositDeduction.LABEL_LENGTH;
    }

    public int getReasonLength() {
        return DepositDeduction.REASON_LENGTH;
    }
}
