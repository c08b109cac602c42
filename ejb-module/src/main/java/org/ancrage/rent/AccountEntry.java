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
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.ancrage.money.Money;
import org.ancrage.system.Audited;

/**
 * An entry of a rent account besides calls and payments, signed as the household sees it: positive
 * owes more, negative owes less. A charges regularisation counts from its date; a write-off
 * (créance irrécouvrable) is proposed by one person and counts only once a director, another
 * person, approves it, from the day of approval. Part of the security deposit kept for unpaid rent
 * credits the account from the day it is deducted; cancelling that deduction takes the credit back
 * by an entry of its own.
 */
@Entity
@Table(name = "account_entry")
public class AccountEntry implements Serializable, Audited {

    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_entry")
    @SequenceGenerator(name = "account_entry", sequenceName = "account_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occupancy_id", nullable = false)
    private Long occupancyId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 24, nullable = false)
    private EntryKind kind;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "amount", precision = 12, scale = 2, nullable = false)
    private Money amount;

    /** The year whose charges are regularised. */
    @Column(name = "period_year")
    private Integer periodYear;

    @Size(max = REASON_LENGTH)
    @Column(name = "reason", length = REASON_LENGTH, nullable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The deduction from the deposit (or the entry cancelling one) this entry carries into the account. */
    @Column(name = "deposit_deduction_id")
    private Long depositDeductionId;

    @Column(name = "proposed_by", length = 80, nullable = false)
    private String proposedBy;

    @Column(name = "approved_by", length = 80)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected AccountEntry() {
    }

    private AccountEntry(Long occupancyId, Long householdId, EntryKind kind, LocalDate on, Money amount,
            String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RentRefused("rent.entry.reasonMissing");
        }
        if (amount == null || amount.isZero()) {
            throw new RentRefused("rent.entry.zero");
        }
        this.occupancyId = occupancyId;
        this.householdId = householdId;
        this.kind = kind;
        this.entryDate = on;
        this.amount = amount;
        this.reason = reason.strip();
        this.proposedBy = by;
        this.recordedAt = now;
    }

    /** The charges of {@code year} regularised: {@code amount} owed more (positive) or refunded (negative). */
    public static AccountEntry chargesRegularisation(Long occupancyId, Long householdId, int year, LocalDate on,
            Money amount, String reason, String by, Instant now) {
        AccountEntry entry = new AccountEntry(occupancyId, householdId, EntryKind.CHARGES_REGULARISATION, on, amount,
                reason, by, now);
        entry.periodYear = year;
        entry.approvedBy = null;
        return entry;
    }

    /** A write-off of {@code amount} (positive, at most what is owed), proposed for approval. */
    public static AccountEntry writeOff(Long occupancyId, Long householdId, LocalDate on, Money amount, Money owed,
            String reason, String by, Instant now) {
        if (amount == null || !amount.isPositive()) {
            throw new RentRefused("rent.writeOff.notPositive");
        }
        if (amount.compareTo(owed) > 0) {
            throw new RentRefused("rent.writeOff.aboveBalance", amount, owed);
        }
        return new AccountEntry(occupancyId, householdId, EntryKind.WRITE_OFF, on, amount.negate(), reason, by, now);
    }

    /**
     * The part of {@code month}'s call that falls after the occupancy ended ({@code amount}, positive),
     * given back on {@code on}: the call itself stays as issued. The month is kept as the reason.
     */
    public static AccountEntry departureCredit(Long occupancyId, Long householdId, LocalDate on,
            java.time.YearMonth month, Money amount, String by, Instant now) {
        if (amount == null || !amount.isPositive()) {
            throw new RentRefused("rent.entry.zero");
        }
        return new AccountEntry(occupancyId, householdId, EntryKind.DEPARTURE_CREDIT, on, amount.negate(),
                month.toString(), by, now);
    }

    /**
     * Part of the security deposit kept for unpaid rent ({@code deduction}, positive, not a
     * cancellation), credited to the account on {@code on}: the arrears fall by as much. Its label is
     * kept as the reason.
     */
    public static AccountEntry depositDeduction(Long occupancyId, DepositDeduction deduction, LocalDate on,
            String by, Instant now) {
        if (!deduction.isForUnpaidRent() || deduction.isCancellation()) {
            throw new IllegalArgumentException("Not a deduction for unpaid rent: " + deduction.getId());
        }
        AccountEntry entry = new AccountEntry(occupancyId, deduction.getHouseholdId(), EntryKind.DEPOSIT_DEDUCTION, on,
                deduction.getAmount().negate(), deduction.getLabel(), by, now);
        entry.depositDeductionId = deduction.getId();
        return entry;
    }

    /**
     * The entry cancelling a deduction for unpaid rent ({@code cancellation}, negative), on {@code on}:
     * the credit is taken back, the arrears return. Its reason is the cancellation's.
     */
    public static AccountEntry deductionCancelled(Long occupancyId, DepositDeduction cancellation, LocalDate on,
            String by, Instant now) {
        if (!cancellation.isForUnpaidRent() || !cancellation.isCancellation()) {
            throw new IllegalArgumentException("Not the cancellation of a deduction for unpaid rent: "
                    + cancellation.getId());
        }
        AccountEntry entry = new AccountEntry(occupancyId, cancellation.getHouseholdId(),
                EntryKind.DEDUCTION_CANCELLED, on, cancellation.getAmount().negate(), cancellation.getReason(), by,
                now);
        entry.depositDeductionId = cancellation.getId();
        return entry;
    }

    /** A director, not the one who proposed it, approves the write-off: it counts from {@code on}. */
    public void approve(String by, LocalDate on, Instant now) {
        if (kind != EntryKind.WRITE_OFF) {
            throw new RentRefused("rent.writeOff.notAWriteOff");
        }
        if (approvedBy != null) {
            throw new RentRefused("rent.writeOff.alreadyApproved", approvedBy);
        }
        if (by.equals(proposedBy)) {
            throw new RentRefused("rent.writeOff.ownProposal");
        }
        this.approvedBy = by;
        this.approvedAt = now;
        this.entryDate = on;
    }

    /** Whether it counts in the account: a regularisation always, a write-off once approved. */
    public boolean counts() {
        return kind != EntryKind.WRITE_OFF || approvedBy != null;
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

    public EntryKind getKind() {
        return kind;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public Money getAmount() {
        return amount;
    }

    public Integer getPeriodYear() {
        return periodYear;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Long getDepositDeductionId() {
        return depositDeductionId;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public long getVersion() {
        return version;
    }
}
