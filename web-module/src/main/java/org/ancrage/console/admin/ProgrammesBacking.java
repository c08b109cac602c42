package org.ancrage.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ancrage.console.Messages;
import org.ancrage.programmes.ContactType;
import org.ancrage.programmes.ContactCadence;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeForm;
import org.ancrage.programmes.ProgrammeKind;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.programmes.RenewalStep;
import org.ancrage.system.DomainException;

/**
 * The programme catalogue: each programme's rules, and the administrator's adjustment of them in a
 * dialog. The programme says what does not hold together; its reason is shown at the field it
 * concerns, and the dialog keeps what was typed.
 */
@Named
@ViewScoped
public class ProgrammesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which field of the dialog a refusal is about (by the start of its key); the dialog otherwise. */
    private static final Map<String, String> FIELD_OF_REFUSAL = Map.ofEntries(
            Map.entry("programme.nameAndFunderRequired", "name"),
            Map.entry("programme.periods.maximumBelowFirst", "maxTotal"),
            Map.entry("programme.periods.renewalsWithoutFirstPeriod", "firstPeriod"),
            Map.entry("programme.periods.atLeastOneMonth", "firstPeriod"),
            Map.entry("programme.renewal.", "steps"),
            Map.entry("programme.evaluation.", "leadDays"),
            Map.entry("programme.followUp.", "followUp"),
            Map.entry("programme.capacity.", "capacity"),
            Map.entry("programme.cadence.", "cadenceContacts"),
            Map.entry("programme.code.", "code"),
            Map.entry("programme.kindRequired", "kind"),
            Map.entry("programme.diagnostic.noPeriods", "form"),
            Map.entry("programme.diagnostic.reportDaysRequired", "reportDays"));

    @EJB private ProgrammeService programmes;
    @Inject private Messages messages;

    private List<Programme> list;
    private Long editedId;
    private long editedVersion;
    private String name;
    private String funder;
    private Integer firstPeriodMonths;
    private Integer maxTotalMonths;
    private List<Step> steps = new ArrayList<>();
    private Integer cadenceContacts;
    private Integer cadencePerDays;
    private List<ContactType> cadenceTypes = new ArrayList<>();
    private Integer evaluationLeadDays;
    private boolean evaluationRequiredBeforeRenewal;
    private Integer followUpMonths;
    private Integer financedCapacity;
    /** A new programme (from scratch or as a copy) rather than an edit: then it has a code and a kind. */
    private boolean creating;
    private String code;
    private ProgrammeKind kind;
    private ProgrammeForm form = ProgrammeForm.SUPPORT;
    private Integer diagnosticReportDays;
    private boolean residenceStatusRequired;
    private boolean housingIncluded;
    private String eligibilityNotes;

    /** One renewal as edited in the dialog. */
    public static class Step implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer months;
        private boolean derogation;
        private String authority;

        public Integer getMonths() {
            return months;
        }

        public void setMonths(Integer months) {
            this.months = months;
        }

        public boolean isDerogation() {
            return derogation;
        }

        public void setDerogation(boolean derogation) {
            this.derogation = derogation;
        }

        public String getAuthority() {
            return authority;
        }

        public void setAuthority(String authority) {
            this.authority = authority;
        }
    }

    public List<Programme> getProgrammes() {
        if (list == null) {
            list = programmes.listProgrammes();
        }
        return list;
    }

    public List<ContactType> getContactTypes() {
        return List.of(ContactType.values());
    }

    /** Opens the dialog on an empty programme, to be created from scratch. */
    public void prepareNew() {
        creating = true;
        editedId = null;
        code = null;
        kind = null;
        name = null;
        funder = null;
        firstPeriodMonths = null;
        maxTotalMonths = null;
        steps = new ArrayList<>();
        cadenceContacts = null;
        cadencePerDays = null;
        cadenceTypes = new ArrayList<>();
        evaluationLeadDays = 0;
        evaluationRequiredBeforeRenewal = false;
        followUpMonths = null;
        financedCapacity = null;
        form = ProgrammeForm.SUPPORT;
        diagnosticReportDays = null;
        residenceStatusRequired = false;
        housingIncluded = false;
        eligibilityNotes = null;
    }

    /** Opens the dialog on a copy of a programme's rules (a template, usually), under a code to choose. */
    public void prepareCopy(Programme programme) {
        prepareEdit(programme);
        creating = true;
        editedId = null;
        code = null;
        name = messages.text("programmes.copyName", programme.getName());
    }

    /**
     * Installs the ready-made programmes of the associations' practice that are not installed yet
     * (a new installation without demo data has none); running it again installs nothing.
     */
    public void installTemplates() {
        int installed = programmes.installTemplates();
        messages.info(null, installed == 0 ? "programmes.templatesAlreadyInstalled" : "programmes.templatesInstalled",
                installed);
        list = null;
    }

    /** Hides a template the association does not run, or shows it again. */
    public void toggleHidden(Programme programme) {
        messages.act(null, () -> {
            Programme saved = programmes.hideProgramme(programme.getId(), programme.getVersion(), !programme.isHidden());
            messages.info(null, saved.isHidden() ? "programmes.hiddenDone" : "programmes.shownDone", saved.getName());
        });
        list = null;
    }

    /** Opens the dialog on the rules of the version this page shows. */
    public void prepareEdit(Programme programme) {
        creating = false;
        code = programme.getCode();
        kind = programme.getKind();
        form = programme.getForm();
        diagnosticReportDays = programme.getDiagnosticReportDays();
        residenceStatusRequired = programme.isResidenceStatusRequired();
        housingIncluded = programme.isHousingIncluded();
        eligibilityNotes = programme.getEligibilityNotes();
        editedId = programme.getId();
        editedVersion = programme.getVersion();
        name = programme.getName();
        funder = programme.getFunder();
        firstPeriodMonths = programme.getFirstPeriodMonths();
        maxTotalMonths = programme.getMaxTotalMonths();
        steps = new ArrayList<>();
        for (RenewalStep renewal : programme.getRenewalSteps()) {
            Step step = new Step();
            step.months = renewal.months();
            step.derogation = renewal.derogationRequired();
            step.authority = renewal.derogationAuthority();
            steps.add(step);
        }
        ContactCadence cadence = programme.getCadence();
        cadenceContacts = cadence.isSet() ? cadence.contacts() : null;
        cadencePerDays = cadence.isSet() ? cadence.perDays() : null;
        cadenceTypes = new ArrayList<>(cadence.countedTypes());
        evaluationLeadDays = programme.getEvaluationLeadDays();
        evaluationRequiredBeforeRenewal = programme.isEvaluationRequiredBeforeRenewal();
        followUpMonths = programme.getFollowUpMonths();
        financedCapacity = programme.getFinancedCapacity();
    }

    public void addStep() {
        steps.add(new Step());
    }

    public void removeStep(Step step) {
        steps.remove(step);
    }

    public void save() {
        messages.actShowingAt(ProgrammesBacking::fieldOf, () -> {
            List<RenewalStep> renewals = steps.stream()
                    .map(s -> s.derogation ? RenewalStep.byDerogation(months(s), s.authority) : RenewalStep.of(months(s)))
                    .toList();
            ProgrammeService.Adjustment rules = new ProgrammeService.Adjustment(
                    name, funder, firstPeriodMonths, maxTotalMonths, renewals, cadence(),
                    evaluationLeadDays == null ? 0 : evaluationLeadDays, evaluationRequiredBeforeRenewal,
                    followUpMonths, financedCapacity, residenceStatusRequired, housingIncluded,
                    eligibilityNotes == null ? "" : eligibilityNotes, form, diagnosticReportDays);
            Programme saved = creating ? programmes.createProgramme(code, kind, rules)
                    : programmes.adjustProgramme(editedId, editedVersion, rules);
            messages.info(null, creating ? "programmes.created" : "programmes.saved", saved.getName());
            creating = false;
            list = null;
        });
    }

    /** The field of the programme form a refusal concerns, or null for the form's messages. */
    private static String fieldOf(DomainException e) {
        String field = FIELD_OF_REFUSAL.entrySet().stream().filter(f -> e.messageKey().startsWith(f.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        return field == null ? null : "programmeForm:" + field;
    }

    private static int months(Step step) {
        return step.months == null ? 0 : step.months;
    }

    /** No cadence when nothing is filled in; otherwise the programme checks it is complete. */
    private ContactCadence cadence() {
        if (cadenceContacts == null && cadencePerDays == null && cadenceTypes.isEmpty()) {
            return ContactCadence.none();
        }
        return new ContactCadence(cadenceContacts == null ? 0 : cadenceContacts, cadencePerDays == null ? 0 : cadencePerDays,
                cadenceTypes.isEmpty() ? EnumSet.noneOf(ContactType.class) : EnumSet.copyOf(cadenceTypes));
    }

    /** The renewals as staff say them: "6 months; 6 months by derogation (DDETSPP)". */
    public String renewals(Programme programme) {
        return programme.getRenewalSteps().stream()
                .map(s -> s.derogationRequired()
                        ? messages.text("programmes.step.derogation", s.months(), s.derogationAuthority())
                        : messages.text("programmes.step", s.months()))
                .collect(Collectors.joining(" ; "));
    }

    /** The cadence as staff say it: "1 contact every 30 days: home visit, office appointment". */
    public String cadence(Programme programme) {
        ContactCadence cadence = programme.getCadence();
        if (!cadence.isSet()) {
            return messages.text("programmes.cadence.none");
        }
        String types = cadence.countedTypes().stream().sorted()
                .map(t -> messages.text("enum.ContactType." + t.name())).collect(Collectors.joining(", "));
        return messages.text("programmes.cadence.value", cadence.contacts(), cadence.perDays(), types);
    }

    public List<ProgrammeKind> getKinds() {
        return List.of(ProgrammeKind.values());
    }

    public List<ProgrammeForm> getForms() {
        return List.of(ProgrammeForm.values());
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public void setKind(ProgrammeKind kind) {
        this.kind = kind;
    }

    public ProgrammeForm getForm() {
        return form;
    }

    public void setForm(ProgrammeForm form) {
        this.form = form;
    }

    public Integer getDiagnosticReportDays() {
        return diagnosticReportDays;
    }

    public void setDiagnosticReportDays(Integer diagnosticReportDays) {
        this.diagnosticReportDays = diagnosticReportDays;
    }

    public boolean isResidenceStatusRequired() {
        return residenceStatusRequired;
    }

    public void setResidenceStatusRequired(boolean residenceStatusRequired) {
        this.residenceStatusRequired = residenceStatusRequired;
    }

    public boolean isHousingIncluded() {
        return housingIncluded;
    }

    public void setHousingIncluded(boolean housingIncluded) {
        this.housingIncluded = housingIncluded;
    }

    public String getEligibilityNotes() {
        return eligibilityNotes;
    }

    public void setEligibilityNotes(String eligibilityNotes) {
        this.eligibilityNotes = eligibilityNotes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public Integer getFirstPeriodMonths() {
        return firstPeriodMonths;
    }

    public void setFirstPeriodMonths(Integer firstPeriodMonths) {
        this.firstPeriodMonths = firstPeriodMonths;
    }

    public Integer getMaxTotalMonths() {
        return maxTotalMonths;
    }

    public void setMaxTotalMonths(Integer maxTotalMonths) {
        this.maxTotalMonths = maxTotalMonths;
    }

    public List<Step> getSteps() {
        return steps;
    }

    public Integer getCadenceContacts() {
        return cadenceContacts;
    }

    public void setCadenceContacts(Integer cadenceContacts) {
        this.cadenceContacts = cadenceContacts;
    }

    public Integer getCadencePerDays() {
        return cadencePerDays;
    }

    public void setCadencePerDays(Integer cadencePerDays) {
        this.cadencePerDays = cadencePerDays;
    }

    /** An array, so that Faces knows to convert the checked values to contact types. */
    public ContactType[] getCadenceTypes() {
        return cadenceTypes.toArray(ContactType[]::new);
    }

    public void setCadenceTypes(ContactType[] cadenceTypes) {
        this.cadenceTypes = cadenceTypes == null ? new ArrayList<>() : new ArrayList<>(List.of(cadenceTypes));
    }

    public Integer getEvaluationLeadDays() {
        return evaluationLeadDays;
    }

    public void setEvaluationLeadDays(Integer evaluationLeadDays) {
        this.evaluationLeadDays = evaluationLeadDays;
    }

    public boolean isEvaluationRequiredBeforeRenewal() {
        return evaluationRequiredBeforeRenewal;
    }

    public void setEvaluationRequiredBeforeRenewal(boolean evaluationRequiredBeforeRenewal) {
        this.evaluationRequiredBeforeRenewal = evaluationRequiredBeforeRenewal;
    }

    public Integer getFollowUpMonths() {
        return followUpMonths;
    }

    public void setFollowUpMonths(Integer followUpMonths) {
        this.followUpMonths = followUpMonths;
    }

    public Integer getFinancedCapacity() {
        return financedCapacity;
    }

    public void setFinancedCapacity(Integer financedCapacity) {
        this.financedCapacity = financedCapacity;
    }
}
