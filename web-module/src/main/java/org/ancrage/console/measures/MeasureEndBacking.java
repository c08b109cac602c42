package org.ancrage.console.measures;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.console.Downloads;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.system.AssociationClock;
import org.primefaces.model.StreamedContent;

/**
 * Ending a measure from the household's file: date, reason and housing outcome. The measure says
 * whether it may end; its refusal, or a change made meanwhile by someone else, stays in the dialog
 * with what was typed.
 */
@Named
@ViewScoped
public class MeasureEndBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private MeasureService measures;
    @Inject private HouseholdFileBacking file;

    private Long measureId;
    private long readVersion;
    private LocalDate endDate;
    private EndReason reason;
    private HousingOutcome outcome;
    private boolean confirming;
    private List<EndReason> reasons = List.of(EndReason.values());

    /** Opens the dialog on {@code measure} as read now: a later change by someone else is a conflict. */
    public void prepare(Measure measure) {
        measureId = measure.getId();
        readVersion = measure.getVersion();
        endDate = AssociationClock.today();
        reason = null;
        outcome = null;
        confirming = false;
        reasons = EndReason.offeredBy(measure.getProgramme()).stream().toList();
    }

    /** The form is complete: asks to confirm, since an ended measure cannot be taken back. */
    public void review() {
        confirming = true;
    }

    /** Back to the form, to change what was typed. */
    public void back() {
        confirming = false;
    }

    public void end() {
        confirming = false;
        file.act("endForm:messages", () -> {
            measures.endMeasure(measureId, readVersion, endDate, reason, outcome);
            file.done("measureEnd.done");
        });
    }

    public boolean isConfirming() {
        return confirming;
    }

    /** The reasons that fit the measure's programme (a diagnostic ends with its report delivered). */
    public List<EndReason> getReasons() {
        return reasons;
    }

    public List<HousingOutcome> getOutcomes() {
        return List.of(HousingOutcome.values());
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public EndReason getReason() {
        return reason;
    }

    public void setReason(EndReason reason) {
        this.reason = reason;
    }

    public HousingOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(HousingOutcome outcome) {
        this.outcome = outcome;
    }

    /** The letter telling the household its support has ended; a refusal is said in the file's message area. */
    public StreamedContent letter(long measureId) {
        return file.send(null, () -> Downloads.of(measures.endLetter(measureId, file.locale())));
    }
}
