package org.ancrage.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One renewal a programme allows, in order: how long it lasts and whether it needs a
 * derogation, and from whom (for instance the 3rd renewal of ALSA's IML, by the DDETSPP).
 */
@Embeddable
public class RenewalStep implements Serializable {

    @Min(1)
    @Column(name = "months", nullable = false)
    private int months;

    @Column(name = "derogation_required", nullable = false)
    private boolean derogationRequired;

    @Size(max = 120)
    @Column(name = "derogation_authority", length = 120)
    private String derogationAuthority;

    protected RenewalStep() {
    }

    private RenewalStep(int months, boolean derogationRequired, String derogationAuthority) {
        this.months = months;
        this.derogationRequired = derogationRequired;
        this.derogationAuthority = derogationAuthority;
    }

    public static RenewalStep of(int months) {
        return new RenewalStep(months, false, null);
    }

    public static RenewalStep byDerogation(int months, String authority) {
        return new RenewalStep(months, true, authority);
    }

    public int months() {
        return months;
    }

    public boolean derogationRequired() {
        return derogationRequired;
    }

    public String derogationAuthority() {
        return derogationAuthority;
    }
}
