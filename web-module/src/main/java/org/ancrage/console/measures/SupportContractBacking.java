package org.ancrage.console.measures;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ancrage.console.Downloads;
import org.ancrage.console.Messages;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.measures.MeasureService.ObjectiveSpec;
import org.ancrage.measures.Objective;
import org.ancrage.measures.ObjectiveDomain;
import org.ancrage.measures.Progress;
import org.ancrage.system.AssociationClock;
import org.primefaces.model.StreamedContent;

/**
 * The support contract of a measure, from the household's file: signed with its objectives, or, once
 * signed, shown with their progress, which is recorded here. The measure decides what it accepts;
 * a refusal, or a change made meanwhile by someone else, stays in the dialog with what was typed.
 */
@Named
@ViewScoped
public class SupportContractBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An objective as typed, before the contract is signed. */
    public static class ObjectiveRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ObjectiveDomain domain;
        private String description;

        public ObjectiveDomain getDomain() {
            return domain;
        }

        public void setDomain(ObjectiveDomain domain) {
            this.domain = domain;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    @EJB private MeasureService measures;
    @Inject private HouseholdFileBacking file;
    @Inject private Messages messages;

    private Long measureId;
    private long readVersion;
    private LocalDate signedOn;
    private boolean signed;
    private List<ObjectiveRow> rows = new ArrayList<>();
    private List<Objective> objectives = List.of();
    private Integer objectiveNumber;
    private Progress progress;
    private LocalDate progressOn;

    /** Opens the dialog on {@code measure} as it is now: a later change by someone else is a conflict. */
    public void prepare(Measure measure) {
        Measure current = measures.getMeasure(measure.getId());
        measureId = current.getId();
        readVersion = current.getVersion();
        signed = current.getContractSignedOn() != null;
        signedOn = signed ? current.getContractSignedOn() : AssociationClock.today();
        objectives = signed ? current.getObjectives() : List.of();
        rows = new ArrayList<>();
        rows.add(new ObjectiveRow());
        objectiveNumber = null;
        progress = null;
        progressOn = AssociationClock.today();
    }

    /** The signed contract as PDF, for both signatures; a refusal is said in the dialog. */
    public StreamedContent pdf() {
        return file.send("contractForm:messages",
                () -> Downloads.of(measures.supportContractPdf(measureId, file.locale())));
    }

    public void addRow() {
        rows.add(new ObjectiveRow());
    }

    public void removeRow(ObjectiveRow row) {
        rows.remove(row);
    }

    public void sign() {
        if (rows.isEmpty()) {
            messages.error("contractForm:objectives", "contract.objectives.none");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        file.act("contractForm:messages", () -> {
            measures.signSupportContract(measureId, readVersion, signedOn,
                    rows.stream().map(r -> new ObjectiveSpec(r.getDomain(), r.getDescription())).toList());
            file.done("contract.signed");
        });
    }

    public void record() {
        file.act("contractForm:messages", () -> {
            measures.recordProgress(measureId, readVersion, objectiveNumber - 1, progress, progressOn);
            file.done("contract.progress.recorded");
        });
    }

    public boolean isSigned() {
        return signed;
    }

    /** The objectives' numbers as the dialog shows them, 1 for the first. */
    public List<Integer> getObjectiveNumbers() {
        return IntStream.rangeClosed(1, objectives.size()).boxed().toList();
    }

    public List<ObjectiveDomain> getDomains() {
        return List.of(ObjectiveDomain.values());
    }

    public List<Progress> getProgresses() {
        return List.of(Progress.values());
    }

    public int getDescriptionLength() {
        return Objective.DESCRIPTION_LENGTH;
    }

    public List<ObjectiveRow> getRows() {
        return rows;
    }

    public List<Objective> getObjectives() {
        return objectives;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public Integer getObjectiveNumber() {
        return objectiveNumber;
    }

    public void setObjectiveNumber(Integer objectiveNumber) {
        this.objectiveNumber = objectiveNumber;
    }

    public Progress getProgress() {
        return progress;
    }

    public void setProgress(Progress progress) {
        this.progress = progress;
    }

    public LocalDate getProgressOn() {
        return progressOn;
    }

    public void setProgressOn(LocalDate progressOn) {
        this.progressOn = progressOn;
    }
}
