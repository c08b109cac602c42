package org.ancrage.rent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
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

    /** Days called out of the month's, when the occupancy covers only part of it (else both null). */
    @Column(name = "days_called")
    private Integer daysCalled;

    @Column(name = "days_in_month")
    private Integer daysInMonth;

    /** The notice the month's run printed, as kept among the household's documents (null: none yet). */
    @Column(name = "notice_document_id")
    private Long noticeDocumentId;

    /** The quittance the month's run printed once the month was fully paid (null: none yet). */
    @Column(name = "quittance_document_id")
    private Long quittanceDocumentId;

    /** When the month's run mailed the notice it printed to a household that agreed (null: not mailed). */
    @Column(name = "notice_mailed_at")
    private Instant noticeMailedAt;

    @Column(name = "quittance_mailed_at")
    private Instant quittanceMailedAt;

    protected RentCall() {
    }

    /** The call of {@code month} for an occupancy covering the whole month, at its own terms. */
    public static RentCall issue(Occupancy occupancy, YearMonth month, Instant now) {
        return issue(occupancy, month, new Occupancy.Terms(occupancy.getRent(), occupancy.getCharges(),
                occupancy.getHousingBenefit()), occupancy.getEnd(), null, now);
    }

    /**
     * The call of {@code month} for an occupancy that covers at least one day of it, from its start
     * up to the day before it ends ({@code end}: its end, or the departure scheduled). Rent and
     * charges are those of {@code terms}, prorated by days when the occupancy covers only part of the
     * month (14/30 for the 17th to the 30th of June), to the cent, half up; the housing benefit is
     * the one declared for the month ({@code declaredBenefit}, or that of the terms), never above
     * what is called.
     */
    public static RentCall issue(Occupancy occupancy, YearMonth month, Occupancy.Terms terms, LocalDate end,
            Money declaredBenefit, Instant now) {
        LocalDate first = month.atDay(1).isBefore(occupancy.getStart()) ? occupancy.getStart() : month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        if (end != null && !end.isAfter(last)) {
            last = end.minusDays(1);
        }
        if (last.isBefore(first)) {
            throw new RentRefused("rent.call.outsideOccupancy", month.toString());
        }
        if (declaredBenefit != null && declaredBenefit.isNegative()) {
            throw new RentRefused("rent.call.benefitNegative");
        }
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        int ofMonth = month.lengthOfMonth();
        RentCall call = new RentCall();
        call.occupancyId = occupancy.getId();
        call.householdId = occupancy.getHouseholdId();
        call.calledMonth = month.atDay(1);
        call.rent = prorated(terms.rent(), days, ofMonth);
        call.charges = prorated(terms.charges(), days, ofMonth);
        Money called = call.rent.plus(call.charges);
        Money benefit = declaredBenefit != null ? declaredBenefit
                : terms.housingBenefit() == null ? Money.ZERO : terms.housingBenefit();
        call.housingBenefit = benefit.compareTo(called) > 0 ? called : benefit;
        call.amountDue = called.minus(call.housingBenefit);
        call.dueDate = call.calledMonth;
        call.issuedAt = now;
        if (days < ofMonth) {
            call.daysCalled = days;
            call.daysInMonth = ofMonth;
        }
        return call;
    }

    /** {@code amount × days / ofMonth}, to the cent, half up. */
    static Money prorated(Money amount, int days, int ofMonth) {
        if (days == ofMonth) {
            return amount;
        }
        return Money.of(amount.amount().multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(ofMonth), 2, RoundingMode.HALF_UP));
    }

    /** Whether only part of the month is called. */
    public boolean isProrated() {
        return daysCalled != null;
    }

    public Integer getDaysCalled() {
        return daysCalled;
    }

    public Integer getDaysInMonth() {
        return daysInMonth;
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    public Long getId() {
        return id;
    }

    /** The document of {@code kind} the month's run printed for this call, if it did. */
    public Optional<Long> printedByTheRun(RentPaperKind kind) {
        return Optional.ofNullable(switch (kind) {
            case NOTICE -> noticeDocumentId;
            case QUITTANCE -> quittanceDocumentId;
            case PARTIAL_RECEIPT -> null;
        });
    }

    /** Notes that the paper of {@code kind} the run printed was mailed: mailed once, it is never mailed again. */
    void mailedByTheRun(RentPaperKind kind, Instant at) {
        switch (kind) {
            case NOTICE -> noticeMailedAt = at;
            case QUITTANCE -> quittanceMailedAt = at;
            case PARTIAL_RECEIPT -> throw new IllegalArgumentException("the month's run mails no partial receipt");
        }
    }

    /** Notes the paper of {@code kind} the month's run printed: printed once, it is never printed again. */
    void printedByTheRun(RentPaperKind kind, long documentId) {
        switch (kind) {
            case NOTICE -> noticeDocumentId = documentId;
            case QUITTANCE -> quittanceDocumentId = documentId;
            case PARTIAL_RECEIPT -> throw new IllegalArgumentException("the month's run prints no partial receipt");
        }
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
