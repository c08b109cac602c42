package org.ancrage.measures;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ancrage.system.Audited;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.RenewalStep;

/**
 * A support measure: a household followed under a programme, period after period. It carries
 * the programme's rules: a renewal past what the programme allows is refused with the reason,
 * a renewal that needs a derogation needs it recorded, an evaluation comes before a renewal
 * where the programme says so.
 */
@Entity
@Table(name = "measure")
public class Measure implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure")
    @SequenceGenerator(name = "measure", sequenceName = "measure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(name = "referent_worker_id", nullable = false)
    private Long referentWorkerId;

    @Column(name = "service_unit_id", nullable = false)
    private Long serviceUnitId;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private MeasureStatus status = MeasureStatus.OPEN;

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("number")
    private List<Period> periods = new ArrayList<>();

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("periodNumber, writtenOn")
    private List<Evaluation> evaluations = new ArrayList<>();

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("from")
    private List<ReferentChange> referents = new ArrayList<>();

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Objective> objectives = new ArrayList<>();

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("from")
    private List<Suspension> suspensions = new ArrayList<>();

    @Column(name = "contract_signed_on")
    private LocalDate contractSignedOn;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 32)
    private EndReason endReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "housing_outcome", length = 32)
    private HousingOutcome housingOutcome;

    @Column(name = "follow_up_due")
    private LocalDate followUpDue;

    @Version
    @Column(name = "version")
    private long version;

    protected Measure() {
    }

    private Measure(Long householdId, Programme programme, Long referentWorkerId, Long serviceUnitId,
            LocalDate start) {
        this.householdId = householdId;
        this.programme = programme;
        this.referentWorkerId = referentWorkerId;
        this.serviceUnitId = serviceUnitId;
        this.start = start;
    }

    /** Opens a measure: its first period follows from the programme. */
    public static Measure open(Long householdId, Programme programme, Long referentWorkerId, Long serviceUnitId,
            LocalDate start) {
        if (!programme.isActive()) {
            throw new MeasureRefused("measure.open.programmeInactive", programme.getName());
        }
        Measure measure = new Measure(householdId, programme, referentWorkerId, serviceUnitId, start);
        measure.periods.add(new Period(measure, 1, PeriodKind.INITIAL, start,
                programme.firstPeriodEnd(start).orElse(null), null));
        measure.referents.add(new ReferentChange(measure, start, referentWorkerId, serviceUnitId));
        return measure;
    }

    /** An ordinary renewal, as the programme's next renewal step allows. */
    public Period renew() {
        return renew(null);
    }

    /**
     * Renews for the programme's next renewal step.
     *
     * @param derogation the derogation granted, required when the step needs one
     * @throws RenewalRefused when the programme allows no more renewal, the step needs a derogation
     *         that is not given, the new end passes the programme's maximum, or the evaluation is missing
     */
    public Period renew(Derogation derogation) {
        requireOpen();
        Period current = currentPeriod();
        if (current.getEnd() == null) {
            throw new RenewalRefused("measure.renewal.openEnded", programme.getName());
        }
        int renewalNumber = periods.size();
        RenewalStep step = programme.renewalStep(renewalNumber)
                .orElseThrow(() -> new RenewalRefused("measure.renewal.noneLeft", programme.getName(),
                        programme.getRenewalSteps().size()));
        if (step.derogationRequired() && derogation == null) {
            throw new RenewalRefused("measure.renewal.derogationRequired", step.derogationAuthority());
        }
        LocalDate newStart = current.getEnd().plusDays(1);
        LocalDate newEnd = renewalEnd(current, step);
        Optional<LocalDate> latest = programme.latestEnd(start);
        if (latest.isPresent() && newEnd.isAfter(latest.get())) {
            throw new RenewalRefused("measure.renewal.pastMaximum", programme.getMaxTotalMonths(), latest.get());
        }
        if (programme.isEvaluationRequiredBeforeRenewal() && evaluationOf(current.getNumber()).isEmpty()) {
            throw new RenewalRefused("measure.renewal.evaluationMissing", current.getNumber());
        }
        Period renewal = new Period(this, current.getNumber() + 1,
                step.derogationRequired() ? PeriodKind.DEROGATION : PeriodKind.RENEWAL, newStart, newEnd,
                step.derogationRequired() ? derogation : null);
        periods.add(renewal);
        return renewal;
    }

    /**
     * Whether the programme's rules allow a renewal now: an open measure with periods (a diagnostic
     * has none) whose current period has an end, and a next step the programme plans that ends
     * within its maximum. What the person renewing can still bring (the bilan, a derogation) does not
     * count here: the renewal asks for it.
     */
    public boolean isRenewable() {
        if (status == MeasureStatus.ENDED || programme.isDiagnostic() || periods.isEmpty()
                || currentPeriod().getEnd() == null) {
            return false;
        }
        Optional<RenewalStep> step = programme.renewalStep(periods.size());
        Optional<LocalDate> latest = programme.latestEnd(start);
        return step.isPresent() && (latest.isEmpty() || !renewalEnd(currentPeriod(), step.get()).isAfter(latest.get()));
    }

    /** The end of the period a renewal by {@code step} would open after {@code current}. */
    private static LocalDate renewalEnd(Period current, RenewalStep step) {
        return current.getEnd().plusDays(1).plusMonths(step.months()).minusDays(1);
    }

    /**
     * The programme's step a renewal would take now (its length, and whether it needs a derogation
     * and from whom); empty when the programme allows no further renewal.
     */
    public Optional<RenewalStep> nextRenewalStep() {
        return status == MeasureStatus.ENDED ? Optional.empty() : programme.renewalStep(periods.size());
    }

    /** Writes the evaluation (bilan) of the current period. */
    public Evaluation evaluate(Evaluation evaluation) {
        requireOpen();
        if (evaluation.getProposedDecision() != null
                && !Decision.offeredBy(programme).contains(evaluation.getProposedDecision())) {
            throw new MeasureRefused("measure.evaluation.decisionNotOffered", evaluation.getProposedDecision(),
                    programme.getName());
        }
        evaluation.attachTo(this, currentPeriod().getNumber());
        evaluations.add(evaluation);
        return evaluation;
    }

    /** Ends the measure; the follow-up visit falls due where the programme asks for one. */
    public void end(LocalDate date, EndReason reason, HousingOutcome outcome) {
        requireOpen();
        if (date == null || reason == null || outcome == null) {
            throw new MeasureRefused("measure.end.incomplete");
        }
        if (date.isBefore(start)) {
            throw new MeasureRefused("measure.end.beforeStart", start);
        }
        if (!EndReason.offeredBy(programme).contains(reason)) {
            throw new MeasureRefused("measure.end.reasonNotOffered", reason, programme.getName());
        }
        this.status = MeasureStatus.ENDED;
        this.endDate = date;
        this.endReason = reason;
        this.housingOutcome = outcome;
        this.followUpDue = programme.followUpDue(date).orElse(null);
    }

    /** The support contract is signed: its objectives are the household's and the worker's. */
    public void signContract(LocalDate on) {
        requireOpen();
        if (contractSignedOn != null) {
            throw new MeasureRefused("measure.contract.alreadySigned", contractSignedOn);
        }
        if (objectives.isEmpty()) {
            throw new MeasureRefused("measure.contract.noObjective");
        }
        this.contractSignedOn = on;
    }

    public Objective addObjective(ObjectiveDomain domain, String description) {
        requireOpen();
        Objective objective = new Objective(this, domain, description);
        objectives.add(objective);
        return objective;
    }

    /** Records how far objective number {@code index} (0 for the first) has come. */
    public void recordProgress(int index, Progress progress, LocalDate on) {
        requireOpen();
        if (index < 0 || index >= objectives.size()) {
            throw new MeasureRefused("measure.objective.unknown", index + 1);
        }
        objectives.get(index).record(progress, on);
    }

    /** Suspends the support from {@code from} to {@code to}, within the measure and overlapping no other suspension. */
    public Suspension suspend(LocalDate from, LocalDate to, String reason) {
        requireOpen();
        if (from == null || to == null || to.isBefore(from) || from.isBefore(start)) {
            throw new MeasureRefused("measure.suspension.dates");
        }
        if (suspensions.stream().anyMatch(s -> s.overlaps(from, to))) {
            throw new MeasureRefused("measure.suspension.overlap");
        }
        Suspension suspension = new Suspension(this, from, to, reason);
        suspensions.add(suspension);
        return suspension;
    }

    /** Another worker follows the measure from {@code from}, possibly in another service (a transfer). */
    public void changeReferent(LocalDate from, Long workerId, Long serviceUnitId) {
        requireOpen();
        if (from.isBefore(referents.get(referents.size() - 1).getFrom())) {
            throw new MeasureRefused("measure.referent.beforeLastChange");
        }
        referents.add(new ReferentChange(this, from, workerId, serviceUnitId));
        this.referentWorkerId = workerId;
        this.serviceUnitId = serviceUnitId;
    }

    public Period currentPeriod() {
        return periods.get(periods.size() - 1);
    }

    /** The end of the current period, if there is one and it has an end. */
    public Optional<LocalDate> currentPeriodEnd() {
        return periods.isEmpty() ? Optional.empty() : Optional.ofNullable(currentPeriod().getEnd());
    }

    /** For a diagnostic, when its report is due to the requesting body; nothing once it is written. */
    public Optional<LocalDate> diagnosticReportDue() {
        return evaluations.isEmpty() ? programme.diagnosticReportDue(start) : Optional.empty();
    }

    /** When the evaluation of the current period is due, if the period has an end. */
    public Optional<LocalDate> evaluationDue() {
        return currentPeriodEnd().map(programme::evaluationDue);
    }

    public Optional<Evaluation> evaluationOf(int periodNumber) {
        return evaluations.stream().filter(e -> e.getPeriodNumber() == periodNumber).reduce((a, b) -> b);
    }

    /** Whether the measure covers at least one day of [from, to]. */
    public boolean activeBetween(LocalDate from, LocalDate to) {
        LocalDate last = endDate != null ? endDate : currentPeriod().getEnd();
        return !start.isAfter(to) && (last == null || !last.isBefore(from));
    }

    private void requireOpen() {
        if (status == MeasureStatus.ENDED) {
            throw new MeasureRefused("measure.ended", endDate);
        }
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Long getReferentWorkerId() {
        return referentWorkerId;
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }

    public LocalDate getStart() {
        return start;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public List<Period> getPeriods() {
        return List.copyOf(periods);
    }

    public List<Evaluation> getEvaluations() {
        return List.copyOf(evaluations);
    }

    public List<ReferentChange> getReferents() {
        return List.copyOf(referents);
    }

    public List<Objective> getObjectives() {
        return List.copyOf(objectives);
    }

    public List<Suspension> getSuspensions() {
        return List.copyOf(suspensions);
    }

    public LocalDate getContractSignedOn() {
        return contractSignedOn;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public HousingOutcome getHousingOutcome() {
        return housingOutcome;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public long getVersion() {
        return version;
    }
}
