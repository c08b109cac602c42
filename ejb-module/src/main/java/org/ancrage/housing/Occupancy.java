package org.ancrage.housing;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.money.Money;
import org.ancrage.system.Audited;

/**
 * A household placed in a dwelling from a date, under a sub-lease, an occupancy agreement or as
 * tenant under mandate. It is open until it ends, by leaving or by lease transfer; the end date
 * is the day the household stops living there under it (not itself a day of occupancy).
 */
@Entity
@Table(name = "occupancy")
public class Occupancy implements Serializable, Audited {

    public static final int EXIT_STATE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "occupancy")
    @SequenceGenerator(name = "occupancy", sequenceName = "occupancy_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dwelling_id", nullable = false)
    private Long dwellingId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    /** The support measure the placement belongs to (none for a tenant kept under mandate). */
    @Column(name = "measure_id")
    private Long measureId;

    /** The programme whose places it takes, copied from the measure when placed. */
    @Column(name = "programme_id")
    private Long programmeId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "agreement", length = 24, nullable = false)
    private Agreement agreement;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @NotNull
    @Column(name = "rent", precision = 12, scale = 2, nullable = false)
    private Money rent;

    @NotNull
    @Column(name = "charges", precision = 12, scale = 2, nullable = false)
    private Money charges;

    /** Housing benefit (APL/ALS) paid to the association and deducted from what the household owes. */
    @NotNull
    @Column(name = "housing_benefit", precision = 12, scale = 2, nullable = false)
    private Money housingBenefit;

    @Column(name = "end_date")
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by", length = 24)
    private OccupancyEnd endedBy;

    /** State of the dwelling when the household left (exit inventory). */
    @Size(max = EXIT_STATE_LENGTH)
    @Column(name = "exit_state", length = EXIT_STATE_LENGTH)
    private String exitState;

    @Version
    @Column(name = "version")
    private long version;

    protected Occupancy() {
    }

    /** Rent, charges and the housing benefit deducted, all monthly. */
    public record Terms(Money rent, Money charges, Money housingBenefit) {
    }

    Occupancy(Dwelling dwelling, Long householdId, Long measureId, Long programmeId, Agreement agreement,
            LocalDate start, Terms terms) {
        this.dwellingId = dwelling.getId();
        this.householdId = householdId;
        this.measureId = measureId;
        this.programmeId = programmeId;
        this.agreement = agreement;
        this.start = start;
        changeTerms(terms);
    }

    /** New rent, charges or housing benefit, for the calls to come. */
    public final void changeTerms(Terms terms) {
        requireOpen();
        Money benefit = terms.housingBenefit() == null ? Money.ZERO : terms.housingBenefit();
        if (terms.rent() == null || terms.charges() == null) {
            throw new HousingRefused("occupancy.termsMissing");
        }
        if (terms.rent().isNegative() || terms.charges().isNegative() || benefit.isNegative()) {
            throw new HousingRefused("money.negative");
        }
        if (benefit.compareTo(terms.rent().plus(terms.charges())) > 0) {
            throw new HousingRefused("occupancy.benefitAboveRent", benefit, terms.rent().plus(terms.charges()));
        }
        this.rent = terms.rent();
        this.charges = terms.charges();
        this.housingBenefit = benefit;
    }

    /** What the household owes each month: rent and charges less the housing benefit. */
    public Money monthlyAmountDue() {
        return rent.plus(charges).minus(housingBenefit);
    }

    /** Whether the household lives there under this occupancy on {@code date}. */
    public boolean isOpenOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    public boolean isOpen() {
        return end == null;
    }

    /** The household leaves on {@code date}; the state of the dwelling is written down. */
    void leave(LocalDate date, String exitState) {
        close(date, OccupancyEnd.LEFT);
        this.exitState = exitState;
    }

    /** The lease passes to the household's own name on {@code date}: a sub-lease only. */
    void transferLease(LocalDate date) {
        if (agreement != Agreement.SUB_LEASE) {
            throw new HousingRefused("occupancy.transferNeedsSubLease", agreement);
        }
        close(date, OccupancyEnd.LEASE_TRANSFER);
    }

    private void close(LocalDate date, OccupancyEnd how) {
        requireOpen();
        if (date == null || date.isBefore(start)) {
            throw new HousingRefused("occupancy.endBeforeStart", start);
        }
        this.end = date;
        this.endedBy = how;
    }

    private void requireOpen() {
        if (end != null) {
            throw new HousingRefused("occupancy.ended", end);
        }
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    public Long getId() {
        return id;
    }

    public Long getDwellingId() {
        return dwellingId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public LocalDate getStart() {
        return start;
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

    public LocalDate getEnd() {
        return end;
    }

    public OccupancyEnd getEndedBy() {
        return endedBy;
    }

    public String getExitState() {
        return exitState;
    }

    public long getVersion() {
        return version;
    }
}
