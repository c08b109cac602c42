package org.ancrage.api.housing;

import java.time.LocalDate;
import org.ancrage.housing.InsuranceCertificate;

public record CertificateView(Long id, Long householdId, Long occupancyId, String insurer, String policyNumber,
        LocalDate validFrom, LocalDate expiresOn) {
    static CertificateView of(InsuranceCertificate c) {
        return new CertificateView(c.getId(), c.getHouseholdId(), c.getOccupancyId(), c.getInsurer(),
                c.getPolicyNumber(), c.getValidFrom(), c.getExpiresOn());
    }
}
