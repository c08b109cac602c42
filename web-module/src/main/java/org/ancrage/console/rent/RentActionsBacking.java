package org.ancrage.console.rent;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.housing.OccupancyService;
import org.ancrage.housing.Occupancy;
import org.ancrage.housing.ScheduledDeparture;
import org.ancrage.money.Money;
import org.ancrage.rent.AccountEntry;
import org.ancrage.rent.RentCall;
import org.ancrage.rent.RentService;
import org.ancrage.system.AssociationClock;

/**
 * The rental manager's corrections on an account, from the household's file: issuing one month's
 * call, cancelling a payment by its reversal, revising the rent from a date, regularising a year's
 * charges, proposing a write-off (and a director approving it), cancelling a scheduled departure.
 * Each goes to the rent or housing service; a refusal stays in its dialog with what was typed.
 */
@Named
@ViewScoped
public class RentActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private RentService rent;
    @EJB private OccupancyService occupancies;
    @Inject private HouseholdFileBacking file;
    @Inject private RentAccounts accounts;

    private Long occupancyId;
    private String month;
    private BigDecimal declaredBenefit;
    private Long paymentId;
    private String reason;
    private LocalDate from;
    private BigDecimal rentAmount;
    private BigDecimal charges;
    private BigDecimal housingBenefit;
    private Integer year;
    private LocalDate on;
    private BigDecimal amount;

    /** The call dialog, for the current occupancy: this month, its declared benefit. */
    public void prepareCall() {
        Occupancy occupancy = file.getOccupancy();
        occupancyId = occupancy.getId();
        month = AssociationClock.thisMonth().toString();
        declaredBenefit = occupancy.getHousingBenefit().amount();
    }

    /** The months a call can be issued for, in words: from the move-in (a year back at most) to next month. */
    public List<SelectItem> getMonths() {
        List<SelectItem> months = new ArrayList<>();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Occupancy occupancy = file.getOccupancy();
        YearMonth first = occupancy == null ? AssociationClock.thisMonth() : YearMonth.from(occupancy.getStart());
        YearMonth earliest = AssociationClock.thisMonth().minusMonths(12);
        for (YearMonth m = AssociationClock.thisMonth().plusMonths(1); !m.isBefore(first) && !m.isBefore(earliest);
                m = m.minusMonths(1)) {
            months.add(new SelectItem(m.toString(), m.atDay(1).format(DateTimeFormatter.ofPattern("MMMM yyyy",
                    locale))));
        }
        return months;
    }

    public void issueCall() {
        file.act("callForm:messages", () -> {
            RentCall call = rent.issueRentCall(occupancyId, YearMonth.parse(month), declaredBenefit == null ? null
                    : Money.of(declaredBenefit));
            accounts.changed();
            file.done(call.isProrated() ? "call.issued.prorated" : "call.issued");
        });
    }

    /** The reversal dialog, for one payment. */
    public void prepareReversal(long paymentId) {
        this.paymentId = paymentId;
        reason = null;
    }

    public void reverse() {
        file.act("reversalForm:messages", () -> {
            rent.reversePayment(paymentId, reason);
            accounts.changed();
            file.done("payment.reversed");
        });
    }

    /** The revision dialog: the current terms, from the first of next month. */
    public void prepareRevision() {
        Occupancy occupancy = file.getOccupancy();
        occupancyId = occupancy.getId();
        from = AssociationClock.today().plusMonths(1).withDayOfMonth(1);
        rentAmount = occupancy.getRent().amount();
        charges = occupancy.getCharges().amount();
        housingBenefit = occupancy.getHousingBenefit().amount();
        reason = null;
    }

    public void revise() {
        file.act("revisionForm:messages", () -> {
            rent.reviseRent(occupancyId, from, new Occupancy.Terms(money(rentAmount), money(charges),
                    money(housingBenefit)), reason);
            accounts.changed();
            file.done("revision.recorded");
        });
    }

    /** The regularisation dialog, for one account: last year's charges, today. */
    public void prepareRegularisation(long occupancyId) {
        this.occupancyId = occupancyId;
        year = AssociationClock.today().getYear() - 1;
        on = AssociationClock.today();
        amount = null;
        reason = null;
    }

    public void regularise() {
        file.act("regularisationForm:messages", () -> {
            rent.regulariseCharges(occupancyId, year, on, money(amount), reason);
            accounts.changed();
            file.done("regularisation.recorded");
        });
    }

    /** The write-off dialog, for an account left: what is owed. */
    public void prepareWriteOff(long occupancyId) {
        this.occupancyId = occupancyId;
        amount = rent.accountOf(occupancyId).balance().amount();
        reason = null;
    }

    public void proposeWriteOff() {
        file.act("writeOffForm:messages", () -> {
            rent.proposeWriteOff(occupancyId, money(amount), reason);
            accounts.changed();
            file.done("writeOff.proposed");
        });
    }

    public void approveWriteOff(AccountEntry entry) {
        file.act("file:messages", () -> {
            rent.approveWriteOff(entry.getId(), entry.getVersion());
            accounts.changed();
            file.done("writeOff.approved");
        });
    }

    public void cancelScheduled(ScheduledDeparture scheduled) {
        file.act("file:messages", () -> {
            occupancies.cancelScheduledDeparture(scheduled.getId(), scheduled.getVersion());
            accounts.changed();
            file.done("departure.scheduled.cancelled");
        });
    }

    private static Money money(BigDecimal value) {
        return value == null ? null : Money.of(value);
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public BigDecimal getDeclaredBenefit() {
        return declaredBenefit;
    }

    public void setDeclaredBenefit(BigDecimal declaredBenefit) {
        this.declaredBenefit = declaredBenefit;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public BigDecimal getRentAmount() {
        return rentAmount;
    }

    public void setRentAmount(BigDecimal rentAmount) {
        this.rentAmount = rentAmount;
    }

    public BigDecimal getCharges() {
        return charges;
    }

    public void setCharges(BigDecimal charges) {
        this.charges = charges;
    }

    public BigDecimal getHousingBenefit() {
        return housingBenefit;
    }

    public void setHousingBenefit(BigDecimal housingBenefit) {
        this.housingBenefit = housingBenefit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public int getReasonLength() {
        return AccountEntry.REASON_LENGTH;
    }
}
