package org.ancrage.console.housing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.ContractKind;
import org.ancrage.housing.Guarantee;
import org.ancrage.housing.HousingContract;
import org.ancrage.housing.DwellingService;
import org.ancrage.money.Money;
import org.ancrage.system.AssociationClock;

/**
 * From a dwelling's file: signing a main lease or management mandate with the landlord, and
 * ending one on notice given (on the version shown). The contract decides what it refuses.
 */
@Named
@ViewScoped
public class HousingContractBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private DwellingService dwellings;
    @Inject private DwellingFileBacking file;
    @Inject private Messages messages;

    private ContractKind kind = ContractKind.MAIN_LEASE;
    private LocalDate start;
    private LocalDate end;
    private BigDecimal rent;
    private Guarantee guarantee = Guarantee.VISALE;
    private String guaranteeReference;
    private Integer noticeMonths = 3;
    private boolean tacitRenewal = true;
    private AfterLeaseTransfer afterLeaseTransfer = AfterLeaseTransfer.LEAVES_STOCK;

    private HousingContract ending;
    private LocalDate endOn;

    public void prepareSign() {
        kind = ContractKind.MAIN_LEASE;
        start = AssociationClock.today();
        end = null;
        rent = file.getDwelling().getRent().amount();
        guarantee = Guarantee.VISALE;
        guaranteeReference = null;
        noticeMonths = 3;
        tacitRenewal = true;
        afterLeaseTransfer = AfterLeaseTransfer.LEAVES_STOCK;
    }

    public void sign() {
        messages.act("contractForm:messages", () -> {
            dwellings.signContract(file.getId(), new HousingContract.Terms(kind, start, end, Money.of(rent), guarantee,
                    guaranteeReference == null || guaranteeReference.isBlank() ? null : guaranteeReference.strip(),
                    noticeMonths, tacitRenewal, afterLeaseTransfer));
            messages.info(null, "dwelling.contract.signed");
            file.reload();
        });
    }

    public void prepareEnd(HousingContract contract) {
        ending = contract;
        endOn = AssociationClock.today();
    }

    public void endOnNotice() {
        messages.act("endForm:messages", () -> {
            dwellings.endContractOnNotice(ending.getId(), ending.getVersion(), endOn);
            messages.info(null, "dwelling.contract.ended");
            file.reload();
        });
    }

    public List<ContractKind> getKinds() {
        return List.of(ContractKind.values());
    }

    public List<Guarantee> getGuarantees() {
        return List.of(Guarantee.values());
    }

    public List<AfterLeaseTransfer> getAfterLeaseTransfers() {
        return List.of(AfterLeaseTransfer.values());
    }

    public ContractKind getKind() {
        return kind;
    }

    public void setKind(ContractKind kind) {
        this.kind = kind;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public BigDecimal getRent() {
        return rent;
    }

    public void setRent(BigDecimal rent) {
        this.rent = rent;
    }

    public Guarantee getGuarantee() {
        return guarantee;
    }

    public void setGuarantee(Guarantee guarantee) {
        this.guarantee = guarantee;
    }

    public String getGuaranteeReference() {
        return guaranteeReference;
    }

    public void setGuaranteeReference(String guaranteeReference) {
        this.guaranteeReference = guaranteeReference;
    }

    public Integer getNoticeMonths() {
        return noticeMonths;
    }

    public void setNoticeMonths(Integer noticeMonths) {
        this.noticeMonths = noticeMonths;
    }

    public boolean isTacitRenewal() {
        return tacitRenewal;
    }

    public void setTacitRenewal(boolean tacitRenewal) {
        this.tacitRenewal = tacitRenewal;
    }

    public AfterLeaseTransfer getAfterLeaseTransfer() {
        return afterLeaseTransfer;
    }

    public void setAfterLeaseTransfer(AfterLeaseTransfer afterLeaseTransfer) {
        this.afterLeaseTransfer = afterLeaseTransfer;
    }

    public HousingContract getEnding() {
        return ending;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }
}
