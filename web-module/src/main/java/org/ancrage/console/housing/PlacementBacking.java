package org.ancrage.console.housing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.housing.Agreement;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingState;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.OccupancyService;
import org.ancrage.housing.Occupancy;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureStatus;
import org.ancrage.money.Money;
import org.ancrage.console.rent.RentAccounts;
import org.ancrage.rent.Payer;
import org.ancrage.rent.PaymentMethod;
import org.ancrage.rent.PlanFollowUp;
import org.ancrage.rent.PlanStatus;
import org.ancrage.rent.RentService;
import org.ancrage.system.AssociationClock;

/**
 * The rental manager's actions from a household's file: placing the household in an available
 * dwelling for its open measure, and recording a payment on its occupancy.
 */
@Named
@ViewScoped
public class PlacementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private DwellingService dwellings;
    @EJB private OccupancyService occupancies;
    @EJB private RentService rent;
    @Inject private HouseholdFileBacking file;
    @Inject private RentAccounts accounts;

    private Long dwellingId;
    private Agreement agreement = Agreement.SUB_LEASE;
    private LocalDate start = AssociationClock.today();
    private BigDecimal rentAmount;
    private BigDecimal charges;
    private BigDecimal housingBenefit = BigDecimal.ZERO;

    private LocalDate paidOn = AssociationClock.today();
    private BigDecimal amount;
    private Payer payer = Payer.HOUSEHOLD;
    private PaymentMethod method = PaymentMethod.TRANSFER;
    private String reference;
    private Long paymentOccupancyId;
    private Long planId;

    /** Available dwellings of the caller's reach, for the placement form. */
    public List<Dwelling> getAvailableDwellings() {
        return dwellings.searchDwellings(new DwellingService.DwellingFilter(DwellingState.AVAILABLE, null, null, null,
                null, null), 0, 200);
    }

    /** Fills the rent and charges from the dwelling chosen. */
    public void dwellingChosen() {
        getAvailableDwellings().stream().filter(d -> d.getId().equals(dwellingId)).findFirst().ifPresent(d -> {
            rentAmount = d.getRent().amount();
            charges = d.getCharges().amount();
        });
    }

    public boolean isPlaceable() {
        return file.getOccupancy() == null && openMeasure() != null;
    }

    public void place() {
        Measure measure = openMeasure();
        file.act("placementForm:messages", () -> {
            occupancies.placeHousehold(new OccupancyService.Placement(dwellingId, measure.getHouseholdId(), measure.getId(),
                    agreement, start, new Occupancy.Terms(Money.of(rentAmount), Money.of(charges),
                            Money.of(housingBenefit == null ? BigDecimal.ZERO : housingBenefit))));
            accounts.changed();
            file.done("placement.done");
        });
    }

    /** The payment dialog for the account of {@code occupancyId} (a dwelling left, a debt still repaid). */
    public void preparePayment(long occupancyId) {
        paymentOccupancyId = occupancyId;
        paidOn = AssociationClock.today();
        amount = null;
        reference = null;
        planId = null;
    }

    /** The dialog closed without recording: the next payment goes to the current occupancy again. */
    public void forgetTarget() {
        paymentOccupancyId = null;
    }

    /** The payment dialog for the current occupancy. */
    public void prepareCurrentPayment() {
        preparePayment(file.getOccupancy().getId());
    }

    /** The plans still under way of the account paid, for a payment towards one. */
    public List<PlanFollowUp> getOpenPlans() {
        Long target = paymentOccupancy();
        return target == null ? List.of() : accounts.account(target).map(a -> a.plans().stream()
                .filter(p -> p.status() != PlanStatus.CANCELLED && p.status() != PlanStatus.REPAID).toList())
                .orElse(List.of());
    }

    private Long paymentOccupancy() {
        return paymentOccupancyId != null ? paymentOccupancyId
                : file.getOccupancy() == null ? null : file.getOccupancy().getId();
    }

    public void pay() {
        file.act("paymentForm:messages", () -> {
            rent.recordPayment(paymentOccupancy(), paidOn, Money.of(amount), payer, method, reference, planId);
            amount = null;
            reference = null;
            planId = null;
            paymentOccupancyId = null;
            accounts.changed();
            file.done("payment.recorded");
        });
    }

    private Measure openMeasure() {
        return file.getMeasures().stream().filter(m -> m.getStatus() == MeasureStatus.OPEN).findFirst().orElse(null);
    }

    public List<Agreement> getAgreements() {
        return Arrays.asList(Agreement.values());
    }

    public List<Payer> getPayers() {
        return Arrays.asList(Payer.values());
    }

    public List<PaymentMethod> getMethods() {
        return Arrays.asList(PaymentMethod.values());
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Long getDwellingId() {
        return dwellingId;
    }

    public void setDwellingId(Long dwellingId) {
        this.dwellingId = dwellingId;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public void setAgreement(Agreement agreement) {
        this.agreement = agreement;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
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

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
