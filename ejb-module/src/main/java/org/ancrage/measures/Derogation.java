package org.ancrage.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A derogation as it was granted: by whom, when, under which reference — the decision's reference is
 * what lets a funder find it again, so none is recorded without it. Recorded, never assumed.
 */
@Embeddable
public class Derogation implements Serializable {

    @NotBlank
    @Size(max = 120)
    @Column(name = "derogation_granted_by", length = 120)
    private String grantedBy;

    @NotNull
    @Column(name = "derogation_granted_on")
    private LocalDate grantedOn;

    public static final int REFERENCE_LENGTH = 80;

    // required of a derogation recorded now (the constructor); one recorded before it was may have none
    @Size(max = REFERENCE_LENGTH)
    @Column(name = "derogation_reference", length = REFERENCE_LENGTH)
    private String reference;

    /** The staff account (username) who recorded it. */
    @Column(name = "derogation_recorded_by", length = 64)
    private String recordedBy;

    protected Derogation() {
    }

    /**
     * @throws MeasureRefused at the field at fault (named as the API's renewal body names it) when who
     *         granted it, when, or its reference is missing, or the reference is too long
     */
    public Derogation(String grantedBy, LocalDate grantedOn, String reference) {
        if (grantedBy == null || grantedBy.isBlank()) {
            throw new MeasureRefused("measure.derogation.incomplete").at("derogationGrantedBy");
        }
        if (grantedOn == null) {
            throw new MeasureRefused("measure.derogation.incomplete").at("derogationGrantedOn");
        }
        if (reference == null || reference.isBlank()) {
            throw new MeasureRefused("measure.derogation.referenceMissing").at("derogationReference");
        }
        if (reference.strip().length() > REFERENCE_LENGTH) {
            throw new MeasureRefused("measure.derogation.referenceTooLong", REFERENCE_LENGTH)
                    .at("derogationReference");
        }
        this.grantedBy = grantedBy;
        this.grantedOn = grantedOn;
        this.reference = reference.strip();
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
