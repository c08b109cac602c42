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
import java.time.LocalDate;
import java.time.YearMonth;
import org.ancrage.housing.Occupancy;
import org.ancrage.money.Money;
import org.ancrage.system.Audited;

/**
 * What a household is asked to pay for one month of an occupancy, fixed when issued: rent and
 * charges less the housing benefit. Payable in advance, on the first day of the month. The
 * database refuses a second call for the same occupancy and month.
 */
@Entity
@Table(name = "rent_call")
public class RentCall implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rent_call")
    @SequenceGenerator(name = "rent_call", sequenceName = "rent_call_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occupancy_id", nullable = false)
    private Long occupancyId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    /** First day of the month called. */
    @Column(name = "month", nullable = false)
    private LocalDate calledMonth;

    @Column(name = "rent", precision = 12, scale = 2, nullable = false)
    private Money rent;

    @Column(name = "charges", precision = 12, scale = 2, nullable = false)
    private Money charges;

    @Column(name = "housing_benefit", precision = 12, scale = 2, nullable = false)
    private Money housingBenefit;

    @Column(name = "amount_due", precision = 12, scale = 2, nullable = false)
    private Money amountDue;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected RentCall() {
    }

    private RentCall(Occupancy occupancy, YearMonth month, Instant issuedAt) {
        this.occupancyId = occupancy.getId();
        this.householdId = occupancy.getHouseholdId();
        this.calledMonth = month.atDay(1);
        this.rent = occupancy.getRent();
        this.charges = occupancy.getCharges();
        this.housingBenefit = occupancy.getHousingBenefit();
        this.amountDue = occupancy.monthlyAmountDue();
        this.dueDate = this.calledMonth;
        this.issuedAt = issuedAt;
    }

    /** The call of {@code month} for an occupancy that covers at least one day of it. */
    public static RentCall issue(Occupancy occupancy, YearMonth month, Instant now) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        boolean covered = !occupancy.getStart().isAfter(last)
                && (occupancy.getEnd() == null || occupancy.getEnd().isAfter(first));
        if (!covered) {
            throw new RentRefused("rent.call.outsideOccupancy", month.toString());
        }
        return new RentCall(occupancy, month, now);
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

    public YearMonth getMonth() {
        return YearMonth.from(calledMonth);
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

    public Money getAmountDue() {
        return amountDue;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
