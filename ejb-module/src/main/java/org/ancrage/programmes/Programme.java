package org.ancrage.programmes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ancrage.system.Audited;

/**
 * A programme (dispositif) as the association runs it: its rules are data, set by an
 * administrator from a template, never code that tests a programme's name. The same measure
 * lasts 3 months in one département and 6 in another.
 */
@Entity
@Table(name = "programme")
public class Programme implements Serializable, Audited {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 160;
    public static final int FUNDER_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme")
    @SequenceGenerator(name = "programme", sequenceName = "programme_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @NotBlank
    @Size(max = FUNDER_LENGTH)
    @Column(name = "funder", length = FUNDER_LENGTH, nullable = false)
    private String funder;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false)
    private ProgrammeKind kind;

    /** Null when the programme sets no length (AVDL: "variable"). */
    @Min(1)
    @Column(name = "first_period_months")
    private Integer firstPeriodMonths;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_renewal_step", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "step_index")
    private List<RenewalStep> renewalSteps = new ArrayList<>();

    @Min(1)
    @Column(name = "max_total_months")
    private Integer maxTotalMonths;

    @Embedded
    private ContactCadence cadence = ContactCadence.none();

    @Min(0)
    @Column(name = "evaluation_lead_days", nullable = false)
    private int evaluationLeadDays;

    @Column(name = "evaluation_before_renewal", nullable = false)
    private boolean evaluationRequiredBeforeRenewal;

    @Min(1)
    @Column(name = "follow_up_months")
    private Integer followUpMonths;

    @Min(0)
    @Column(name = "financed_capacity")
    private Integer financedCapacity;

    @Column(name = "housing_included", nullable = false)
    private boolean housingIncluded;

    @Column(name = "residence_status_required", nullable = false)
    private boolean residenceStatusRequired;

    @Size(max = 2000)
    @Column(name = "eligibility_notes", length = 2000)
    private String eligibilityNotes;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "form", length = 16, nullable = false)
    private ProgrammeForm form = ProgrammeForm.SUPPORT;

    /** For a diagnostic: days from the start by which the report is due to the requesting body. */
    @Min(1)
    @Column(name = "diagnostic_report_days")
    private Integer diagnosticReportDays;

    /** A template the association does not run, kept out of the lists where programmes are chosen. */
    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Version
    @Column(name = "version")
    private long version;

    protected Programme() {
    }

    public Programme(String code, String name, String funder, ProgrammeKind kind) {
        this.code = code;
        this.name = name;
        this.funder = funder;
        this.kind = kind;
    }

    /** The last day of the first period of a measure starting on {@code start}. */
    public Optional<LocalDate> firstPeriodEnd(LocalDate start) {
        return Optional.ofNullable(firstPeriodMonths).map(m -> start.plusMonths(m).minusDays(1));
    }

    /** The {@code number}-th renewal (1 for the first), if the programme allows that many. */
    public Optional<RenewalStep> renewalStep(int number) {
        return number >= 1 && number <= renewalSteps.size() ? Optional.of(renewalSteps.get(number - 1))
                : Optional.empty();
    }

    /** The last day a measure starting on {@code start} may last, if the programme sets a maximum. */
    public Optional<LocalDate> latestEnd(LocalDate start) {
        return Optional.ofNullable(maxTotalMonths).map(m -> start.plusMonths(m).minusDays(1));
    }

    /** When the diagnostic report of a measure starting on {@code start} is due, for a diagnostic. */
    public Optional<LocalDate> diagnosticReportDue(LocalDate start) {
        return form == ProgrammeForm.DIAGNOSTIC && diagnosticReportDays != null
                ? Optional.of(start.plusDays(diagnosticReportDays)) : Optional.empty();
    }

    /** When the evaluation of a period ending on {@code periodEnd} is due. */
    public LocalDate evaluationDue(LocalDate periodEnd) {
        return periodEnd.minusDays(evaluationLeadDays);
    }

    /** When the follow-up visit of a measure ended on {@code end} is due, if the programme asks for one. */
    public Optional<LocalDate> followUpDue(LocalDate end) {
        return Optional.ofNullable(followUpMonths).map(end::plusMonths);
    }

    // --- set-up, by templates and by the administrator -------------------------------------

    /**
     * Sets the periods. Refuses durations under a month, renewals without a first period, a
     * maximum shorter than the first period and a derogation that does not say who grants it.
     * Renewals may add up past the maximum: the measure then refuses the one that would pass it.
     */
    public Programme periods(Integer firstPeriodMonths, Integer maxTotalMonths, RenewalStep... steps) {
        if (firstPeriodMonths != null && firstPeriodMonths < 1 || maxTotalMonths != null && maxTotalMonths < 1) {
            throw new ProgrammeRefused("programme.periods.atLeastOneMonth");
        }
        if (form == ProgrammeForm.DIAGNOSTIC && (firstPeriodMonths != null || maxTotalMonths != null
                || steps.length > 0)) {
            throw new ProgrammeRefused("programme.diagnostic.noPeriods");
        }
        if (steps.length > 0 && firstPeriodMonths == null) {
            throw new ProgrammeRefused("programme.periods.renewalsWithoutFirstPeriod");
        }
        for (int i = 0; i < steps.length; i++) {
            if (steps[i].months() < 1) {
                throw new ProgrammeRefused("programme.periods.atLeastOneMonth");
            }
            if (steps[i].derogationRequired()
                    && (steps[i].derogationAuthority() == null || steps[i].derogationAuthority().isBlank())) {
                throw new ProgrammeRefused("programme.renewal.authorityMissing", i + 1);
            }
        }
        if (maxTotalMonths != null && firstPeriodMonths != null && maxTotalMonths < firstPeriodMonths) {
            throw new ProgrammeRefused("programme.periods.maximumBelowFirst", maxTotalMonths, firstPeriodMonths);
        }
        this.firstPeriodMonths = firstPeriodMonths;
        this.maxTotalMonths = maxTotalMonths;
        this.renewalSteps = new ArrayList<>(List.of(steps));
        return this;
    }

    /**
     * Makes the programme a diagnostic (AVDL requested by a DALO commission, the CCAPEX…): no
     * periods, a report due {@code reportDays} days after the start; or back to a support measure
     * with periods ({@code form} SUPPORT, {@code reportDays} ignored).
     */
    public Programme form(ProgrammeForm form, Integer reportDays) {
        if (form == ProgrammeForm.DIAGNOSTIC) {
            if (firstPeriodMonths != null || maxTotalMonths != null || !renewalSteps.isEmpty()) {
                throw new ProgrammeRefused("programme.diagnostic.noPeriods");
            }
            if (reportDays == null || reportDays < 1) {
                throw new ProgrammeRefused("programme.diagnostic.reportDaysRequired");
            }
            this.diagnosticReportDays = reportDays;
        } else {
            this.diagnosticReportDays = null;
        }
        this.form = form == null ? ProgrammeForm.SUPPORT : form;
        return this;
    }

    /**
     * The first renewal step that can never be granted because it would end past the maximum
     * (first period plus the renewals up to it, in months), if any. The measure refuses such a
     * renewal anyway; an administrator setting the rules is told at once.
     */
    public Optional<Integer> unreachableRenewal() {
        if (maxTotalMonths == null || firstPeriodMonths == null) {
            return Optional.empty();
        }
        int total = firstPeriodMonths;
        for (int i = 0; i < renewalSteps.size(); i++) {
            total += renewalSteps.get(i).months();
            if (total > maxTotalMonths) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** Refuses, with the step and the months it would reach, a renewal that can never be granted. */
    public Programme requireReachableRenewals() {
        unreachableRenewal().ifPresent(step -> {
            int reached = firstPeriodMonths;
            for (int i = 0; i < step; i++) {
                reached += renewalSteps.get(i).months();
            }
            throw new ProgrammeRefused("programme.renewal.unreachable", step, reached, maxTotalMonths);
        });
        return this;
    }

    /** A copy of this programme's rules under another code and name, for an association's own programme. */
    public Programme copyAs(String newCode, String newName) {
        Programme copy = new Programme(newCode, newName, funder, kind);
        copy.firstPeriodMonths = firstPeriodMonths;
        copy.maxTotalMonths = maxTotalMonths;
        copy.renewalSteps = new ArrayList<>(renewalSteps);
        copy.cadence = getCadence();
        copy.evaluationLeadDays = evaluationLeadDays;
        copy.evaluationRequiredBeforeRenewal = evaluationRequiredBeforeRenewal;
        copy.followUpMonths = followUpMonths;
        copy.financedCapacity = financedCapacity;
        copy.housingIncluded = housingIncluded;
        copy.residenceStatusRequired = residenceStatusRequired;
        copy.eligibilityNotes = eligibilityNotes;
        copy.form = form;
        copy.diagnosticReportDays = diagnosticReportDays;
        return copy;
    }

    public Programme cadence(ContactCadence cadence) {
        this.cadence = cadence;
        return this;
    }

    /** Sets the evaluation's lead time: not negative, and inside the shortest period. */
    public Programme evaluation(int leadDays, boolean requiredBeforeRenewal) {
        if (leadDays < 0) {
            throw new ProgrammeRefused("programme.evaluation.leadNegative");
        }
        int shortest = shortestPeriodMonths();
        if (shortest > 0 && leadDays >= shortest * 28) {
            throw new ProgrammeRefused("programme.evaluation.leadPastPeriod", leadDays, shortest);
        }
        this.evaluationLeadDays = leadDays;
        this.evaluationRequiredBeforeRenewal = requiredBeforeRenewal;
        return this;
    }

    public Programme followUpAfter(Integer months) {
        if (months != null && months < 1) {
            throw new ProgrammeRefused("programme.followUp.atLeastOneMonth");
        }
        this.followUpMonths = months;
        return this;
    }

    public Programme capacity(Integer financedPlaces) {
        if (financedPlaces != null && financedPlaces < 0) {
            throw new ProgrammeRefused("programme.capacity.negative");
        }
        this.financedCapacity = financedPlaces;
        return this;
    }

    public Programme eligibility(boolean residenceStatusRequired, boolean housingIncluded, String notes) {
        this.residenceStatusRequired = residenceStatusRequired;
        this.housingIncluded = housingIncluded;
        this.eligibilityNotes = notes;
        return this;
    }

    public void rename(String name, String funder) {
        if (name == null || name.isBlank() || funder == null || funder.isBlank()) {
            throw new ProgrammeRefused("programme.nameAndFunderRequired");
        }
        this.name = name;
        this.funder = funder;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Hides a template the association does not run, or shows it again. */
    public void hidden(boolean hidden) {
        this.hidden = hidden;
    }

    private int shortestPeriodMonths() {
        int shortest = firstPeriodMonths == null ? 0 : firstPeriodMonths;
        for (RenewalStep step : renewalSteps) {
            shortest = shortest == 0 ? step.months() : Math.min(shortest, step.months());
        }
        return shortest;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFunder() {
        return funder;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public Integer getFirstPeriodMonths() {
        return firstPeriodMonths;
    }

    public List<RenewalStep> getRenewalSteps() {
        return List.copyOf(renewalSteps);
    }

    public Integer getMaxTotalMonths() {
        return maxTotalMonths;
    }

    public ContactCadence getCadence() {
        return cadence == null ? ContactCadence.none() : cadence;
    }

    public int getEvaluationLeadDays() {
        return evaluationLeadDays;
    }

    public boolean isEvaluationRequiredBeforeRenewal() {
        return evaluationRequiredBeforeRenewal;
    }

    public Integer getFollowUpMonths() {
        return followUpMonths;
    }

    public Integer getFinancedCapacity() {
        return financedCapacity;
    }

    public boolean isHousingIncluded() {
        return housingIncluded;
    }

    public boolean isResidenceStatusRequired() {
        return residenceStatusRequired;
    }

    public String getEligibilityNotes() {
        return eligibilityNotes;
    }

    public boolean isActive() {
        return active;
    }

    public ProgrammeForm getForm() {
        return form == null ? ProgrammeForm.SUPPORT : form;
    }

    public boolean isDiagnostic() {
        return getForm() == ProgrammeForm.DIAGNOSTIC;
    }

    public Integer getDiagnosticReportDays() {
        return diagnosticReportDays;
    }

    public boolean isHidden() {
        return hidden;
    }

    public long getVersion() {
        return version;
    }
}
