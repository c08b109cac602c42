package org.ancrage.console.measures;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.measures.Derogation;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.programmes.RenewalStep;
import org.ancrage.system.ReaderFormats;

/**
 * Renewing a measure from the household's file. The measure says which step of its programme
 * comes next; when that step needs a derogation, the dialog asks who granted it, when and its
 * reference. The programme's refusal, or a change made meanwhile, stays in the dialog.
 */
@Named
@ViewScoped
public class RenewalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private MeasureService measures;
    @Inject private HouseholdFileBacking file;

    private Long measureId;
    private long readVersion;
    private String programmeName;
    private RenewalStep step;
    private String grantedBy;
    private LocalDate grantedOn;
    private String reference;

    /** Opens the dialog on {@code measure} as read now, with the step its programme allows next. */
    public void prepare(Measure measure) {
        measureId = measure.getId();
        readVersion = measure.getVersion();
        programmeName = measure.getProgramme().getName();
        step = measure.nextRenewalStep().orElse(null);
        grantedBy = step != null && step.derogationRequired() ? step.derogationAuthority() : null;
        grantedOn = null;
        reference = null;
    }

    public void renew() {
        file.act("renewalForm:messages", () -> {
            measures.renewMeasure(measureId, readVersion,
                    isDerogationRequired() ? new Derogation(grantedBy.strip(), grantedOn, reference.strip()) : null);
            file.done("file.renewed");
        });
    }

    /** Whether the next step needs a derogation (the programme says so, not the page). */
    public boolean isDerogationRequired() {
        return step != null && step.derogationRequired();
    }

    public RenewalStep getStep() {
        return step;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public LocalDate getToday() {
        return ReaderFormats.today();
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public void setGrantedBy(String grantedBy) {
        this.grantedBy = grantedBy;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public void setGrantedOn(LocalDate grantedOn) {
        this.grantedOn = grantedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
