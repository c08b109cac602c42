package org.ancrage.api.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.ContractEnd;
import org.ancrage.housing.ContractKind;
import org.ancrage.housing.Guarantee;
import org.ancrage.housing.HousingContract;

public record ContractView(Long id, ContractKind kind, LocalDate start, LocalDate end, BigDecimal rent,
        Guarantee guarantee, String guaranteeReference, int noticeMonths, boolean tacitRenewal,
        LocalDate noticeDeadline, AfterLeaseTransfer afterLeaseTransfer, ContractEnd endedBy, long version) {
    static ContractView of(HousingContract c) {
        return new ContractView(c.getId(), c.getKind(), c.getStart(), c.getEnd(), c.getRent().amount(),
                c.getGuarantee(), c.getGuaranteeReference(), c.getNoticeMonths(), c.isTacitRenewal(),
                c.noticeDeadline().orElse(null), c.getAfterLeaseTransfer(),
                c.getEndedBy(), c.getVersion());
    }
}
