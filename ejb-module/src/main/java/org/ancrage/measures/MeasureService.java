package org.ancrage.measures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ancrage.documents.DocumentService;
import org.ancrage.documents.Paper;
import org.ancrage.households.Household;
import org.ancrage.organisation.Issuer;
import org.ancrage.organisation.LetterKind;
import org.ancrage.organisation.LetterTemplateService;
import org.ancrage.organisation.LetterText;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.programmes.Programme;
import org.ancrage.reminders.AlertKind;
import org.ancrage.reminders.AlertResolution;
import org.ancrage.security.Roles;
import org.ancrage.security.UserAccount;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.ancrage.system.NotFoundException;

/** Measures: open, renew (by derogation), evaluate, end, change referent. The rules are the measure's own. */
@Stateless
public class MeasureService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @EJB
    private NeedToKnow needToKnow;

    @EJB
    private AlertResolution alerts;

    @EJB
    private DocumentService documents;

    @EJB
    private LetterTemplateService letters;

    @Resource
    private SessionContext caller;

    @RolesAllowed(Roles.COORDINATOR)
    public Measure openMeasure(long householdId, long programmeId, long referentWorkerId, long serviceUnitId,
            LocalDate start) {
        needToKnow.household(householdId);
        needToKnow.creatingIn("Measure", serviceUnitId);
        Programme programme = Entities.require(em, Programme.class, programmeId);
        Measure measure = Measure.open(householdId, programme, referentWorkerId, serviceUnitId, start);
        em.persist(measure);
        return measure;
    }

    /** A referent's caseload: their open measures, the period ending soonest first. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Measure> caseload(long referentWorkerId) {
        List<Measure> open = em.createQuery("select m from Measure m where m.referentWorkerId = :worker"
                        + " and m.status = :open", Measure.class)
                .setParameter("worker", referentWorkerId).setParameter("open", MeasureStatus.OPEN).getResultList();
        return open.stream().sorted(Comparator.comparing((Measure m) -> m.currentPeriodEnd().orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** A page of the measures the caller may see, filtered and sorted in the database. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public List<MeasureRow> searchMeasures(MeasureFilter filter, MeasureOrder order, boolean descending, int first,
            int max) {
        List<MeasureRow> rows = new MeasureList(filter, needToKnow.restriction()).page(em, order, descending, first, max);
        audit.recordSearch("MeasureSearch", rows.size());
        return rows;
    }

    /** How many measures {@link #searchMeasures} finds in all, for paging. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public long countMeasures(MeasureFilter filter) {
        return new MeasureList(filter, needToKnow.restriction()).count(em);
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public Measure getMeasure(long id) {
        needToKnow.measure(id);
        Measure measure = Entities.require(em, Measure.class, id);
        audit.recordRead("Measure", id, measure.getHouseholdId());
        return measure;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public List<Measure> measuresOfHousehold(long householdId) {
        needToKnow.household(householdId);
        return em.createQuery("select m from Measure m where m.householdId = :household order by m.start desc",
                Measure.class).setParameter("household", householdId).getResultList();
    }

    /** Renews for the programme's next step; a derogation, when the step needs one, comes with it. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Measure renewMeasure(long id, long readVersion, Derogation derogation) {
        needToKnow.measure(id);
        Measure measure = current(id, readVersion);
        measure.renew(derogation == null ? null : derogation.recordedBy(caller.getCallerPrincipal().getName()));
        alerts.resolve(id, AlertKind.PERIOD_ENDING, AlertKind.EVALUATION_DUE);
        return measure;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Measure evaluateMeasure(long id, long readVersion, Evaluation evaluation) {
        needToKnow.measure(id);
        Measure measure = current(id, readVersion);
        measure.evaluate(evaluation);
        alerts.resolve(id, AlertKind.EVALUATION_DUE, AlertKind.DIAGNOSTIC_REPORT_DUE);
        return measure;
    }

    /**
     * A bilan of a measure as PDF in {@code locale}, as it is sent to the funder: written to the trail
     * naming who printed it, and kept among the household's documents.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Paper bilanPdf(long measureId, long evaluationId, Locale locale) {
        needToKnow.measure(measureId);
        Measure measure = getMeasure(measureId);
        Evaluation evaluation = measure.getEvaluations().stream().filter(e -> Long.valueOf(evaluationId).equals(e.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException(Evaluation.class, evaluationId));
        Period period = measure.getPeriods().stream().filter(p -> p.getNumber() == evaluation.getPeriodNumber())
                .findFirst().orElse(null);
        String author = staffName(evaluation.getAuthorId());
        byte[] pdf = BilanPdf.render(new BilanPdf.Facts(Issuer.of(em, measure.getServiceUnitId()),
                Entities.require(em, Household.class, measure.getHouseholdId()).getDisplayName(),
                measure.getProgramme().getName(), period, author, evaluation, AssociationClock.today()), locale);
        audit.recordPaper("Evaluation", evaluationId, measure.getHouseholdId(), "BILAN",
                Map.of("measure", String.valueOf(measureId), "writtenOn", evaluation.getWrittenOn().toString()));
        Paper bilan = new Paper(BilanPdf.fileName(evaluation), pdf);
        documents.keepGenerated(measure.getHouseholdId(), bilan);
        return bilan;
    }

    /**
     * The support contract of a measure as PDF in {@code locale}, for both signatures: written to the
     * trail naming who printed it, and kept among the household's documents.
     *
     * @throws MeasureRefused before the contract is signed (its objectives recorded)
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Paper supportContractPdf(long measureId, Locale locale) {
        needToKnow.measure(measureId);
        Measure measure = getMeasure(measureId);
        if (measure.getContractSignedOn() == null) {
            throw new MeasureRefused("measure.contract.notSigned");
        }
        byte[] pdf = SupportContractPdf.render(new SupportContractPdf.Facts(Issuer.of(em, measure.getServiceUnitId()),
                Entities.require(em, Household.class, measure.getHouseholdId()).getDisplayName(),
                measure.getProgramme().getName(), measure.getStart(), staffName(measure.getReferentWorkerId()),
                measure.getContractSignedOn(), measure.getObjectives()), locale);
        String fileName = SupportContractPdf.fileName(measure.getContractSignedOn());
        audit.recordPaper("Measure", measureId, measure.getHouseholdId(), "SUPPORT_CONTRACT",
                Map.of("signedOn", measure.getContractSignedOn().toString()));
        Paper contract = new Paper(fileName, pdf);
        documents.keepGenerated(measure.getHouseholdId(), contract);
        return contract;
    }

    /**
     * The letter telling the household its support has ended, as PDF in {@code locale}, written from
     * the association's text: written to the trail naming who printed it, and kept among the
     * household's documents with the version of the text.
     *
     * @throws MeasureRefused while the measure has not ended
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Paper endLetter(long measureId, Locale locale) {
        needToKnow.measure(measureId);
        Measure measure = getMeasure(measureId);
        if (measure.getStatus() != MeasureStatus.ENDED) {
            throw new MeasureRefused("measure.endLetter.notEnded");
        }
        Household household = Entities.require(em, Household.class, measure.getHouseholdId());
        LetterText text = letters.current(LetterKind.MEASURE_END, locale);
        byte[] pdf = EndLetterPdf.render(new EndLetterPdf.Facts(Issuer.of(em, measure.getServiceUnitId()),
                household.getDisplayName(), household.getAddress(), measure.getProgramme().getName(), measure,
                staffName(measure.getReferentWorkerId()), AssociationClock.today()), text, locale);
        audit.recordPaper("Measure", measureId, measure.getHouseholdId(), "END_LETTER",
                Map.of("endedOn", measure.getEndDate().toString()));
        Paper letter = new Paper(EndLetterPdf.fileName(measure), pdf);
        documents.keepGenerated(measure.getHouseholdId(), letter, text.label());
        return letter;
    }

    /** The name of the member of staff whose account is {@code accountId}, as papers say it. */
    private String staffName(Long accountId) {
        return accountId == null ? "—" : Optional.ofNullable(em.find(UserAccount.class, accountId))
                .map(UserAccount::getDisplayName).orElse("—");
    }

    /** Sets the support contract: its objectives, signed on {@code signedOn}. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Measure signSupportContract(long id, long readVersion, LocalDate signedOn, List<ObjectiveSpec> objectives) {
        needToKnow.measure(id);
        Measure measure = current(id, readVersion);
        objectives.forEach(o -> measure.addObjective(o.domain(), o.description()));
        measure.signContract(signedOn);
        return measure;
    }

    /** An objective of a support contract, as written. */
    public record ObjectiveSpec(ObjectiveDomain domain, String description) {
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Measure recordProgress(long id, long readVersion, int objectiveIndex, Progress progress, LocalDate on) {
        Measure measure = current(id, readVersion);
        measure.recordProgress(objectiveIndex, progress, on);
        return measure;
    }

    @RolesAllowed(Roles.COORDINATOR)
    public Measure suspendMeasure(long id, long readVersion, LocalDate from, LocalDate to, String reason) {
        needToKnow.measure(id);
        Measure measure = current(id, readVersion);
        measure.suspend(from, to, reason);
        return measure;
    }

    @RolesAllowed(Roles.COORDINATOR)
    public Measure endMeasure(long id, long readVersion, LocalDate date, EndReason reason, HousingOutcome outcome) {
        needToKnow.measure(id);
        Measure measure = current(id, readVersion);
        measure.end(date, reason, outcome);
        alerts.measureEnded(id);
        return measure;
    }

    @RolesAllowed(Roles.COORDINATOR)
    public Measure changeReferent(long id, long readVersion, LocalDate from, long workerId, long serviceUnitId) {
        needToKnow.measure(id);
        needToKnow.creatingIn("Measure", serviceUnitId);
        Measure measure = current(id, readVersion);
        measure.changeReferent(from, workerId, serviceUnitId);
        return measure;
    }

    /**
     * The measure, provided nobody changed it since the caller read {@code readVersion}. Its
     * version moves on with any change of its periods or evaluations too, which JPA alone would
     * not count as a change of the measure.
     */
    private Measure current(long id, long readVersion) {
        Measure measure = getMeasure(id);
        ConcurrentEditException.unlessUnchanged(Measure.class, measure.getVersion(), readVersion);
        em.lock(measure, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return measure;
    }
}
