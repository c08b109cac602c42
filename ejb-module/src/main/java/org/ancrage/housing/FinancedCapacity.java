package org.ancrage.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.ancrage.system.Audited;

/**
 * Places a funder finances for a programme over a span of time (ASLD: 132 IML classique places,
 * 10 IML+; ASL: 20 measures). Several spans may follow one another as agreements are renewed.
 */
@Entity
@Table(name = "financed_capacity")
public class FinancedCapacity implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "financed_capacity")
    @SequenceGenerator(name = "financed_capacity", sequenceName = "financed_capacity_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Min(0)
    @Max(100000)
    @Column(name = "places", nullable = false)
    private int places;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Size(max = 80)
    @Column(name = "funder_reference", length = 80)
    private String funderReference;

    @Version
    @Column(name = "version")
    private long version;

    protected FinancedCapacity() {
    }

    public FinancedCapacity(Long programmeId, int places, LocalDate validFrom, LocalDate validTo,
            String funderReference) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new HousingRefused("capacity.endBeforeStart", validFrom);
        }
        this.programmeId = programmeId;
        this.places = places;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.funderReference = funderReference;
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public int getPlaces() {
        return places;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getFunderReference() {
        return funderReference;
    }

    public long getVersion() {
        return version;
    }
}
