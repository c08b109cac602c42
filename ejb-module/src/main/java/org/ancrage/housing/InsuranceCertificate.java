package org.ancrage.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.system.Audited;

/** The household's home-insurance certificate (attestation d'assurance habitation) and when it expires. */
@Entity
@Table(name = "insurance_certificate")
public class InsuranceCertificate implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insurance_certificate")
    @SequenceGenerator(name = "insurance_certificate", sequenceName = "insurance_certificate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "occupancy_id")
    private Long occupancyId;

    @NotBlank
    @Size(max = 120)
    @Column(name = "insurer", length = 120, nullable = false)
    private String insurer;

    @Size(max = 60)
    @Column(name = "policy_number", length = 60)
    private String policyNumber;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @NotNull
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    protected InsuranceCertificate() {
    }

    public InsuranceCertificate(Long householdId, Long occupancyId, String insurer, String policyNumber,
            LocalDate validFrom, LocalDate expiresOn) {
        if (validFrom != null && expiresOn != null && expiresOn.isBefore(validFrom)) {
            throw new HousingRefused("insurance.expiresBeforeStart", validFrom);
        }
        this.householdId = householdId;
        this.occupancyId = occupancyId;
        this.insurer = insurer;
        this.policyNumber = policyNumber;
        this.validFrom = validFrom;
        this.expiresOn = expiresOn;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(expiresOn);
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Long getOccupancyId() {
        return occupancyId;
    }

    public String getInsurer() {
        return insurer;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
