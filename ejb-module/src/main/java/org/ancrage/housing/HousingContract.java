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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.ancrage.money.Money;
import org.ancrage.system.Audited;

/**
 * The contract under which the association holds a dwelling: a main lease (it is the tenant and
 * sub-lets) or a management mandate (it manages for the landlord). A dwelling can take a household
 * only on a day one of its contracts covers.
 */
@Entity
@Table(name = "housing_contract")
public class HousingContract implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "housing_contract")
    @SequenceGenerator(name = "housing_contract", sequenceName = "housing_contract_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dwelling_id", nullable = false)
    private Long dwellingId;

    @Column(name = "landlord_id", nullable = false)
    private Long landlordId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 24, nullable = false)
    private ContractKind kind;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @NotNull
    @Column(name = "rent", precision = 12, scale = 2, nullable = false)
    private Money rent;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "guarantee", length = 16, nullable = false)
    private Guarantee guarantee;

    @Size(max = 80)
    @Column(name = "guarantee_reference", length = 80)
    private String guaranteeReference;

    @Min(0)
    @Max(24)
    @Column(name = "notice_months", nullable = false)
    private int noticeMonths;

    @Column(name = "tacit_renewal", nullable = false)
    private boolean tacitRenewal;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "after_lease_transfer", length = 24, nullable = false)
    private AfterLeaseTransfer afterLeaseTransfer;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by", length = 24)
    private ContractEnd endedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected HousingContract() {
    }

    /** The terms agreed with the landlord. */
    public record Terms(ContractKind kind, LocalDate start, LocalDate end, Money rent, Guarantee guarantee,
            String guaranteeReference, int noticeMonths, boolean tacitRenewal, AfterLeaseTransfer afterLeaseTransfer) {
    }

    HousingContract(Dwelling dwelling, Terms terms) {
        if (terms.start() != null && terms.end() != null && terms.end().isBefore(terms.start())) {
            throw new HousingRefused("contract.endBeforeStart", terms.start());
        }
        if (terms.rent() != null && terms.rent().isNegative()) {
            throw new HousingRefused("money.negative");
        }
        this.dwellingId = dwelling.getId();
        this.landlordId = dwelling.getLandlordId();
        this.kind = terms.kind();
        this.start = terms.start();
        this.end = terms.end();
        this.rent = terms.rent();
        this.guarantee = terms.guarantee();
        this.guaranteeReference = terms.guaranteeReference();
        this.noticeMonths = terms.noticeMonths();
        this.tacitRenewal = terms.tacitRenewal();
        this.afterLeaseTransfer = terms.afterLeaseTransfer() != null ? terms.afterLeaseTransfer()
                : AfterLeaseTransfer.LEAVES_STOCK;
    }

    /** Whether the contract is in force on {@code date} (a lease renewed tacitly runs on past its term). */
    public boolean covers(LocalDate date) {
        if (date.isBefore(start)) {
            return false;
        }
        if (end == null) {
            return true;
        }
        return !date.isAfter(end) || tacitRenewal && endedBy == null;
    }

    /** The last day the association can give notice for the term's end, if the contract has a term. */
    public Optional<LocalDate> noticeDeadline() {
        return Optional.ofNullable(end).map(e -> e.minusMonths(noticeMonths));
    }

    void end(LocalDate date, ContractEnd reason) {
        if (endedBy != null) {
            throw new HousingRefused("contract.ended", end);
        }
        if (date.isBefore(start)) {
            throw new HousingRefused("contract.endBeforeStart", start);
        }
        this.end = date;
        this.endedBy = reason;
    }

    /** Ends the contract on notice given. */
    public void endOnNotice(LocalDate date) {
        end(date, ContractEnd.NOTICE);
    }

    public Long getId() {
        return id;
    }

    public Long getDwellingId() {
        return dwellingId;
    }

    public Long getLandlordId() {
        return landlordId;
    }

    public ContractKind getKind() {
        return kind;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public Money getRent() {
        return rent;
    }

    public Guarantee getGuarantee() {
        return guarantee;
    }

    public String getGuaranteeReference() {
        return guaranteeReference;
    }

    public int getNoticeMonths() {
        return noticeMonths;
    }

    public boolean isTacitRenewal() {
        return tacitRenewal;
    }

    public AfterLeaseTransfer getAfterLeaseTransfer() {
        return afterLeaseTransfer;
    }

    public ContractEnd getEndedBy() {
        return endedBy;
    }

    public long getVersion() {
        return version;
    }
}
