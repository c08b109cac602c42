package org.ancrage.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A derogation as it was granted: by whom, when, under which reference. Recorded, never assumed. */
@Embeddable
public class Derogation implements Serializable {

    @NotBlank
    @Size(max = 120)
    @Column(name = "derogation_granted_by", length = 120)
    private String grantedBy;

    @NotNull
    @Column(name = "derogation_granted_on")
    private LocalDate grantedOn;

    @Size(max = 80)
    @Column(name = "derogation_reference", length = 80)
    private String reference;

    /** The staff account (username) who recorded it. */
    @Column(name = "derogation_recorded_by", length = 64)
    private String recordedBy;

    protected Derogation() {
    }

    public Derogation(String grantedBy, LocalDate grantedOn, String reference) {
        if (grantedBy == null || grantedBy.isBlank() || grantedOn == null) {
            throw new MeasureRefused("measure.derogation.incomplete");
        }
        this.grantedBy = grantedBy;
        this.grantedOn = grantedOn;
        this.reference = reference;
    }

    /** The same derogation, recorded by {@code username}. */
    public Derogation recordedBy(String username) {
        Derogation recorded = new Derogation(grantedBy, grantedOn, reference);
        recorded.recordedBy = username;
        return recorded;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public LocalDate grantedOn() {
        return grantedOn;
    }

    public String reference() {
        return reference;
    }
}
