package org.ancrage.console.mediation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.mediation.Incident;
import org.ancrage.mediation.IncidentKind;
import org.ancrage.mediation.MediationAction;
import org.ancrage.mediation.MediationService;
import org.ancrage.mediation.Party;
import org.ancrage.system.AssociationClock;

/**
 * The incidents of a household's file: report one (about the household and, when it is housed,
 * its dwelling), record a mediation action with a party, resolve. The incident holds the rules.
 */
@Named
@ViewScoped
public class FileIncidentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private MediationService mediation;
    @Inject private HouseholdFileBacking file;

    private IncidentKind kind;
    private LocalDate occurredOn;
    private String description;
    private Party[] parties = {};

    private Long incidentId;
    private long readVersion;
    private LocalDate actedOn;
    private Party actionParty;
    private String actionDescription;
    private LocalDate resolvedOn;
    private String resolution;

    public void prepareReport() {
        kind = null;
        occurredOn = AssociationClock.today();
        description = null;
        parties = new Party[] {Party.HOUSEHOLD};
    }

    public void report() {
        file.act("reportForm:messages", () -> {
            Long dwellingId = file.getOccupancy() == null ? null : file.getOccupancy().getDwellingId();
            Set<Party> involved = parties.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(parties));
            mediation.reportIncident(new MediationService.Report(kind, file.getId(), dwellingId, occurredOn,
                    description, involved));
            file.done("incident.reported");
        });
    }

    /** Opens the action or resolution dialog on {@code incident} as read now. */
    public void prepare(Incident incident) {
        incidentId = incident.getId();
        readVersion = incident.getVersion();
        actedOn = AssociationClock.today();
        actionParty = null;
        actionDescription = null;
        resolvedOn = AssociationClock.today();
        resolution = null;
    }

    public void recordAction() {
        file.act("actionForm:messages", () -> {
            mediation.recordAction(incidentId, readVersion, actedOn, actionParty, actionDescription);
            file.done("incident.actionRecorded");
        });
    }

    public void resolve() {
        file.act("resolveForm:messages", () -> {
            mediation.resolveIncident(incidentId, readVersion, resolvedOn, resolution);
            file.done("incident.resolvedDone");
        });
    }

    public List<IncidentKind> getKinds() {
        return List.of(IncidentKind.values());
    }

    public List<Party> getPartyChoices() {
        return List.of(Party.values());
    }

    public int getTextLength() {
        return Incident.TEXT_LENGTH;
    }

    public int getActionLength() {
        return MediationAction.DESCRIPTION_LENGTH;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public void setKind(IncidentKind kind) {
        this.kind = kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Party[] getParties() {
        return parties.clone();
    }

    public void setParties(Party[] parties) {
        this.parties = parties == null ? new Party[0] : parties.clone();
    }

    public LocalDate getActedOn() {
        return actedOn;
    }

    public void setActedOn(LocalDate actedOn) {
        this.actedOn = actedOn;
    }

    public Party getActionParty() {
        return actionParty;
    }

    public void setActionParty(Party actionParty) {
        this.actionParty = actionParty;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public void setResolvedOn(LocalDate resolvedOn) {
        this.resolvedOn = resolvedOn;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
