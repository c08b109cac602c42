package org.ancrage.referrals;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ancrage.documents.DocumentService;
import org.ancrage.documents.Paper;
import org.ancrage.households.Household;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.measures.MeasureStatus;
import org.ancrage.organisation.Issuer;
import org.ancrage.organisation.LetterTemplateService;
import org.ancrage.organisation.LetterText;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.programmes.Programme;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.ancrage.system.SearchConditions;

/** Referrals and admission: the waiting list per programme, eligibility, the decision. */
@Stateless
public class ReferralService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private NeedToKnow needToKnow;

    @EJB
    private MeasureService measures;

    @EJB
    private AuditService audit;

    @EJB
    private DocumentService documents;

    @EJB
    private LetterTemplateService letters;

    @RolesAllowed(Roles.COORDINATOR)
    public Referral receiveReferral(long householdId, long programmeId, OrientingBody from, LocalDate receivedOn) {
        return receiveReferral(householdId, programmeId, from, receivedOn, Referral.Details.NONE);
    }

    /** Receives a referral with what the orienting body says of it: its reference, who refers, a comment. */
    @RolesAllowed(Roles.COORDINATOR)
    public Referral receiveReferral(long householdId, long programmeId, OrientingBody from, LocalDate receivedOn,
            Referral.Details details) {
        needToKnow.household(householdId);
        Entities.require(em, Household.class, householdId);
        Entities.require(em, Programme.class, programmeId);
        Referral referral = new Referral(householdId, programmeId, from, receivedOn).details(details);
        em.persist(referral);
        return referral;
    }

    /** Every referral waiting, whatever the programme, oldest first (the "all programmes" waiting list). */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR})
    public List<Referral> waitingListOfAllProgrammes() {
        SearchConditions reach = needToKnow.restriction().households("r.householdId");
        return reach.bind(em.createQuery("select r from Referral r where r.status = :waiting" + reach.and()
                        + " order by r.receivedOn, r.id", Referral.class))
                .setParameter("waiting", ReferralStatus.WAITING).setMaxResults(2000).getResultList();
    }

    /** A household's referrals, newest first, for its file. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Referral> referralsOfHousehold(long householdId) {
        needToKnow.household(householdId);
        return em.createQuery("select r from Referral r where r.householdId = :household"
                + " order by r.receivedOn desc, r.id desc", Referral.class)
                .setParameter("household", householdId).getResultList();
    }

    /** Records the admission interview as it took place (date, who attended, notes, outcome). */
    @RolesAllowed(Roles.COORDINATOR)
    public Referral recordInterview(long referralId, long readVersion, Referral.Interview interview) {
        needToKnow.referral(referralId);
        Referral referral = current(referralId, readVersion);
        referral.interviewed(interview);
        return referral;
    }

    /** How many referrals wait, per programme (programmes with none are left out), in one query. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR})
    public Map<Long, Long> waitingCounts() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        SearchConditions reach = needToKnow.restriction().households("r.householdId");
        reach.bind(em.createQuery("select r.programmeId, count(r) from Referral r where r.status = :waiting"
                        + reach.and() + " group by r.programmeId order by r.programmeId", Object[].class))
                .setParameter("waiting", ReferralStatus.WAITING).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR})
    public List<Referral> waitingList(long programmeId) {
        SearchConditions reach = needToKnow.restriction().households("r.householdId");
        return reach.bind(em.createQuery("select r from Referral r where r.programmeId = :programme"
                        + " and r.status = :waiting" + reach.and() + " order by r.receivedOn, r.id", Referral.class))
                .setParameter("programme", programmeId).setParameter("waiting", ReferralStatus.WAITING)
                .getResultList();
    }

    /** The admission interview (coordinator and a worker meet the household) is set for {@code on}. */
    @RolesAllowed(Roles.COORDINATOR)
    public Referral scheduleInterview(long referralId, long readVersion, LocalDate on) {
        needToKnow.referral(referralId);
        Referral referral = current(referralId, readVersion);
        referral.interviewOn(on);
        return referral;
    }

    /** Whether the household may be admitted on {@code on}, with the reasons why not. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR})
    public Eligibility checkEligibility(long referralId, LocalDate on) {
        needToKnow.referral(referralId);
        Referral referral = Entities.require(em, Referral.class, referralId);
        Programme programme = Entities.require(em, Programme.class, referral.getProgrammeId());
        long placesTaken = em.createQuery("select count(m) from Measure m where m.programme = :programme "
                        + "and m.status = :open", Long.class)
                .setParameter("programme", programme).setParameter("open", MeasureStatus.OPEN).getSingleResult();
        return Eligibility.of(Entities.require(em, Household.class, referral.getHouseholdId()), programme, on, placesTaken);
    }

    /**
     * Admits the household: the measure opens on {@code start} with its referent.
     *
     * @throws NotEligible when a blocking eligibility rule says no
     */
    @RolesAllowed(Roles.COORDINATOR)
    public Measure admit(long referralId, long readVersion, long referentWorkerId, long serviceUnitId, LocalDate start) {
        needToKnow.referral(referralId);
        needToKnow.creatingIn("Measure", serviceUnitId);
        Referral referral = current(referralId, readVersion);
        Eligibility eligibility = checkEligibility(referralId, start);
        if (!eligibility.eligible()) {
            throw new NotEligible(eligibility.blocking().get(0));
        }
        Measure measure = measures.openMeasure(referral.getHouseholdId(), referral.getProgrammeId(),
                referentWorkerId, serviceUnitId, start);
        em.flush();
        referral.admit(start, measure.getId());
        return measure;
    }

    @RolesAllowed(Roles.COORDINATOR)
    public Referral refuse(long referralId, long readVersion, LocalDate on, String reason) {
        needToKnow.referral(referralId);
        Referral referral = current(referralId, readVersion);
        referral.refuse(on, reason);
        return referral;
    }

    /**
     * The letter telling the household the decision on its referral (admitted: when its support
     * begins; refused: the reason), as PDF in {@code locale}: written to the trail naming who printed it
     * and kept among the household's documents.
     *
     * @throws ReferralRefused while the referral waits, or once withdrawn
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Paper decisionLetter(long referralId, Locale locale) {
        needToKnow.referral(referralId);
        Referral referral = Entities.require(em, Referral.class, referralId);
        if (referral.getStatus() != ReferralStatus.ADMITTED && referral.getStatus() != ReferralStatus.REFUSED) {
            throw new ReferralRefused("referral.letter.undecided");
        }
        Household household = Entities.require(em, Household.class, referral.getHouseholdId());
        Programme programme = Entities.require(em, Programme.class, referral.getProgrammeId());
        LocalDate start = referral.getMeasureId() == null ? null
                : Entities.require(em, Measure.class, referral.getMeasureId()).getStart();
        LetterText text = letters.current(DecisionLetterPdf.kindOf(referral), locale);
        byte[] pdf = DecisionLetterPdf.render(new DecisionLetterPdf.Facts(Issuer.of(em, household.getServiceUnitId()),
                household.getDisplayName(), household.getAddress(), programme.getName(), referral, start,
                AssociationClock.today()), text, locale);
        String fileName = DecisionLetterPdf.fileName(referral);
        audit.recordPaper("Referral", referralId, referral.getHouseholdId(), "DECISION_LETTER",
                Map.of("status", referral.getStatus().name()));
        Paper letter = new Paper(fileName, pdf);
        documents.keepGenerated(referral.getHouseholdId(), letter, text.label());
        return letter;
    }

    @RolesAllowed(Roles.COORDINATOR)
    public Referral withdraw(long referralId, long readVersion, LocalDate on, String reason) {
        needToKnow.referral(referralId);
        Referral referral = current(referralId, readVersion);
        referral.withdraw(on, reason);
        return referral;
    }

    private Referral current(long id, long readVersion) {
        Referral referral = Entities.require(em, Referral.class, id);
        ConcurrentEditException.unlessUnchanged(Referral.class, referral.getVersion(), readVersion);
        return referral;
    }

}
