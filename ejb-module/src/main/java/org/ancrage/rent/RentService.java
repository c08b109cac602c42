package org.ancrage.rent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ancrage.housing.Occupancy;
import org.ancrage.money.Money;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.AuditTrail;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.NotFoundException;

/** Rent calls, payments, the account and its arrears, repayment plans. */
@Stateless
public class RentService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @EJB
    private NeedToKnow needToKnow;

    private final Clock clock = Clock.systemDefaultZone();

    /** Issues the call of {@code month} for one occupancy; a second call for the same month is refused. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public RentCall issueRentCall(long occupancyId, YearMonth month) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = require(Occupancy.class, occupancyId);
        if (callOf(occupancyId, month).isPresent()) {
            throw new RentCallAlreadyIssued(month);
        }
        RentCall call = RentCall.issue(occupancy, month, Instant.now(clock));
        em.persist(call);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // another session issued it between the check and the insert: the unique constraint said no
            throw new RentCallAlreadyIssued(month);
        }
        return call;
    }

    /**
     * Issues the calls of {@code month} for every occupancy covering part of it that has none yet,
     * in one statement: running it again, or alongside another run, issues nothing twice.
     *
     * @return how many calls were issued
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RENTAL_MANAGER})
    public int issueRentCalls(YearMonth month) {
        return issueRentCalls(month, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * The same for the occupancies whose id is between {@code fromId} and {@code toId}, both
     * included: the monthly job issues the calls a chunk of occupancies at a time.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RENTAL_MANAGER})
    public int issueRentCalls(YearMonth month, long fromId, long toId) {
        // The calls issued and their lines in the audit trail (who: the person or the job), in one statement.
        return em.createNativeQuery("""
                WITH issued AS (
                INSERT INTO rent_call (id, occupancy_id, household_id, month, rent, charges, housing_benefit,
                                       amount_due, due_date, issued_at)
                SELECT nextval('rent_call_seq'), o.id, o.household_id, ?1, o.rent, o.charges, o.housing_benefit,
                       o.rent + o.charges - o.housing_benefit, ?1, ?3
                  FROM occupancy o
                 WHERE o.start_date <= ?2 AND (o.end_date IS NULL OR o.end_date > ?1)
                   AND o.id BETWEEN ?4 AND ?5
                 ORDER BY o.id
                ON CONFLICT ON CONSTRAINT rent_call_once_per_month DO NOTHING
                RETURNING id, occupancy_id, household_id, month, amount_due)
                INSERT INTO audit_entry (username, action, entity_type, entity_id, household_id, changes)
                SELECT ?6, 'CREATE', 'RentCall', i.id, i.household_id,
                       jsonb_build_object('occupancyId', jsonb_build_object('after', i.occupancy_id::text),
                                          'month', jsonb_build_object('after', i.month::text),
                                          'amountDue', jsonb_build_object('after', i.amount_due::text))::text
                  FROM issued i""")
                .setParameter(1, month.atDay(1)).setParameter(2, month.atEndOfMonth())
                .setParameter(3, java.sql.Timestamp.from(Instant.now(clock)))
                .setParameter(4, fromId).setParameter(5, toId).setParameter(6, AuditTrail.actor()).executeUpdate();
    }

    /** Occupancies that owe a call for {@code month}, with an id above {@code afterId}, in id order. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RENTAL_MANAGER})
    public List<Long> occupanciesToCall(YearMonth month, long afterId, int max) {
        return em.createQuery("select o.id from Occupancy o where o.start <= :last"
                        + " and (o.end is null or o.end > :first) and o.id > :after order by o.id", Long.class)
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth())
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Payment recordPayment(long occupancyId, LocalDate paidOn, Money amount, Payer payer, String reference,
            Long repaymentPlanId) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = require(Occupancy.class, occupancyId);
        if (paidOn == null || paidOn.isAfter(LocalDate.now(clock))) {
            throw new RentRefused("rent.payment.inFuture");
        }
        if (repaymentPlanId != null) {
            RepaymentPlan plan = require(RepaymentPlan.class, repaymentPlanId);
            if (!plan.getOccupancyId().equals(occupancyId)) {
                throw new RentRefused("rent.payment.planOfAnotherOccupancy");
            }
            if (plan.isCancelled()) {
                throw new RentRefused("rent.plan.cancelled", plan.getCancelledOn());
            }
        }
        Payment payment = new Payment(occupancyId, occupancy.getHouseholdId(), paidOn, amount, payer, reference,
                repaymentPlanId, Instant.now(clock));
        em.persist(payment);
        return payment;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<RentCall> rentCallsOf(long occupancyId) {
        needToKnow.occupancy(occupancyId);
        return em.createQuery("select c from RentCall c where c.occupancyId = :o order by c.calledMonth", RentCall.class)
                .setParameter("o", occupancyId).getResultList();
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Payment> paymentsOf(long occupancyId) {
        needToKnow.occupancy(occupancyId);
        return em.createQuery("select p from Payment p where p.occupancyId = :o order by p.paidOn, p.id",
                Payment.class).setParameter("o", occupancyId).getResultList();
    }

    /** The account of an occupancy: its statement, balance and arrears. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public RentAccount accountOf(long occupancyId) {
        needToKnow.occupancy(occupancyId);
        audit.recordRead("RentAccount", occupancyId, require(Occupancy.class, occupancyId).getHouseholdId());
        return new RentAccount(rentCallsOf(occupancyId), paymentsOf(occupancyId));
    }

    /** An occupancy in arrears on a date. */
    public record ArrearsLine(long occupancyId, long householdId, long dwellingId, Arrears arrears) {
    }

    /** Every occupancy with arrears on {@code asOf}, the largest first. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public List<ArrearsLine> arrearsOn(LocalDate asOf) {
        List<Long> owing = em.createQuery("select c.occupancyId from RentCall c where c.dueDate <= :d"
                + needToKnow.restriction().householdCondition("c.householdId")
                + " group by c.occupancyId having sum(c.amountDue) > (select coalesce(sum(p.amount), 0) from Payment p"
                + " where p.occupancyId = c.occupancyId and p.paidOn <= :d)", Long.class)
                .setParameter("d", asOf).getResultList();
        List<ArrearsLine> lines = new ArrayList<>();
        for (Long occupancyId : owing) {
            Occupancy occupancy = em.find(Occupancy.class, occupancyId);
            Arrears arrears = accountOf(occupancyId).arrearsOn(asOf);
            lines.add(new ArrearsLine(occupancyId, occupancy.getHouseholdId(), occupancy.getDwellingId(), arrears));
        }
        lines.sort((a, b) -> b.arrears().total().compareTo(a.arrears().total()));
        return lines;
    }

    /** Agrees a repayment plan with the household, for at most its arrears on the day. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public RepaymentPlan agreeRepaymentPlan(long occupancyId, LocalDate agreedOn, Money debt,
            List<Instalment> instalments) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = require(Occupancy.class, occupancyId);
        Money arrears = accountOf(occupancyId).arrearsOn(agreedOn).total();
        RepaymentPlan plan = new RepaymentPlan(occupancyId, occupancy.getHouseholdId(), agreedOn, debt, arrears,
                instalments);
        em.persist(plan);
        return plan;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public RepaymentPlan cancelRepaymentPlan(long planId, long readVersion, LocalDate on) {
        needToKnow.repaymentPlan(planId);
        RepaymentPlan plan = require(RepaymentPlan.class, planId);
        ConcurrentEditException.unlessUnchanged("RepaymentPlan", plan.getVersion(), readVersion);
        plan.cancel(on);
        return plan;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<RepaymentPlan> repaymentPlansOf(long occupancyId) {
        needToKnow.occupancy(occupancyId);
        return em.createQuery("select p from RepaymentPlan p where p.occupancyId = :o order by p.agreedOn desc",
                RepaymentPlan.class).setParameter("o", occupancyId).getResultList();
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public PlanFollowUp followUpRepaymentPlan(long planId, LocalDate asOf) {
        needToKnow.repaymentPlan(planId);
        RepaymentPlan plan = require(RepaymentPlan.class, planId);
        List<Payment> towards = em.createQuery("select p from Payment p where p.repaymentPlanId = :plan",
                Payment.class).setParameter("plan", planId).getResultList();
        return plan.followUp(towards, asOf);
    }

    private Optional<RentCall> callOf(long occupancyId, YearMonth month) {
        return em.createQuery("select c from RentCall c where c.occupancyId = :o and c.calledMonth = :m", RentCall.class)
                .setParameter("o", occupancyId).setParameter("m", month.atDay(1)).getResultStream().findFirst();
    }

    private <T> T require(Class<T> type, long id) {
        return Optional.ofNullable(em.find(type, id))
                .orElseThrow(() -> new NotFoundException(type.getSimpleName(), id));
    }
}
