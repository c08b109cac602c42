package org.ancrage.rent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ancrage.documents.Document;
import org.ancrage.documents.DocumentService;
import org.ancrage.documents.Paper;
import org.ancrage.households.Household;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.Occupancy;
import org.ancrage.housing.OccupancyEnded;
import org.ancrage.housing.ScheduledDeparture;
import org.ancrage.money.Money;
import org.ancrage.organisation.Issuer;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.AuditTrail;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.ancrage.system.SearchConditions;

/** Rent calls, payments, the account and its arrears, repayment plans. */
@Stateless
public class RentService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @EJB
    private NeedToKnow needToKnow;

    @EJB
    private DocumentService documents;

    @Resource
    private SessionContext caller;


    /** Issues the call of {@code month} for one occupancy; a second call for the same month is refused. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public RentCall issueRentCall(long occupancyId, YearMonth month) {
        return issueRentCall(occupancyId, month, null);
    }

    /**
     * Issues the call of {@code month} for one occupancy, at the terms in force on the first day it
     * calls, prorated by days when the occupancy covers part of the month, with the housing benefit
     * declared for the month ({@code declaredBenefit}; the terms' when null). A second call for the
     * same month is refused, here and by the unique constraint.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public RentCall issueRentCall(long occupancyId, YearMonth month, Money declaredBenefit) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        if (callOf(occupancyId, month).isPresent()) {
            throw new RentCallAlreadyIssued(month);
        }
        RentCall call = computeCall(occupancy, month, revisionsOf(List.of(occupancyId)), scheduledEnds(
                List.of(occupancyId)), declaredBenefit);
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
        List<Occupancy> covering = em.createQuery("select o from Occupancy o where o.start <= :last"
                        + " and (o.end is null or o.end > :first) and o.id between :from and :to order by o.id",
                Occupancy.class).setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth())
                .setParameter("from", fromId).setParameter("to", toId).getResultList();
        if (covering.isEmpty()) {
            return 0;
        }
        List<Long> ids = covering.stream().map(Occupancy::getId).toList();
        Map<Long, List<RentRevision>> revisions = revisionsOf(ids);
        Map<Long, LocalDate> scheduledEnds = scheduledEnds(ids);
        java.sql.Timestamp now = java.sql.Timestamp.from(AssociationClock.instant());
        String actor = AuditTrail.actor();
        int issued = 0;
        for (Occupancy occupancy : covering) {
            RentCall call;
            try {
                call = computeCall(occupancy, month, revisions, scheduledEnds, null);
            } catch (RentRefused outside) {
                continue; // leaves before the month starts, by a departure scheduled
            }
            // The call and its line in the audit trail (who: the person or the job), in one statement.
            issued += em.createNativeQuery("""
                    WITH issued AS (
                    INSERT INTO rent_call (id, occupancy_id, household_id, month, rent, charges, housing_benefit,
                                           amount_due, due_date, issued_at, days_called, days_in_month)
                    VALUES (nextval('rent_call_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?3, ?8, cast(?9 AS integer),
                            cast(?10 AS integer))
                    ON CONFLICT ON CONSTRAINT rent_call_once_per_month DO NOTHING
                    RETURNING id, occupancy_id, household_id, month, amount_due)
                    INSERT INTO audit_entry (username, action, entity_type, entity_id, household_id, changes)
                    SELECT ?11, 'CREATE', 'RentCall', i.id, i.household_id,
                           jsonb_build_object('occupancyId', jsonb_build_object('after', i.occupancy_id::text),
                                              'month', jsonb_build_object('after', i.month::text),
                                              'amountDue', jsonb_build_object('after', i.amount_due::text))::text
                      FROM issued i""")
                    .setParameter(1, occupancy.getId()).setParameter(2, occupancy.getHouseholdId())
                    .setParameter(3, month.atDay(1)).setParameter(4, call.getRent().amount())
                    .setParameter(5, call.getCharges().amount()).setParameter(6, call.getHousingBenefit().amount())
                    .setParameter(7, call.getAmountDue().amount()).setParameter(8, now)
                    .setParameter(9, call.getDaysCalled()).setParameter(10, call.getDaysInMonth())
                    .setParameter(11, actor).executeUpdate();
        }
        return issued;
    }

    /** The call of a month at the terms in force on the first day it calls, up to the departure if one is scheduled. */
    private RentCall computeCall(Occupancy occupancy, YearMonth month, Map<Long, List<RentRevision>> revisions,
            Map<Long, LocalDate> scheduledEnds, Money declaredBenefit) {
        LocalDate firstDay = month.atDay(1).isBefore(occupancy.getStart()) ? occupancy.getStart() : month.atDay(1);
        Occupancy.Terms terms = new Occupancy.Terms(occupancy.getRent(), occupancy.getCharges(),
                occupancy.getHousingBenefit());
        for (RentRevision revision : revisions.getOrDefault(occupancy.getId(), List.of())) {
            if (!revision.getEffectiveFrom().isAfter(firstDay)) {
                terms = revision.terms();
            }
        }
        LocalDate end = occupancy.getEnd() != null ? occupancy.getEnd() : scheduledEnds.get(occupancy.getId());
        return RentCall.issue(occupancy, month, terms, end, declaredBenefit, AssociationClock.instant());
    }

    /** The revisions of these occupancies, each one's in date order. */
    private Map<Long, List<RentRevision>> revisionsOf(List<Long> occupancyIds) {
        Map<Long, List<RentRevision>> byOccupancy = new HashMap<>();
        em.createQuery("select r from RentRevision r where r.occupancyId in :ids order by r.effectiveFrom",
                RentRevision.class).setParameter("ids", occupancyIds).getResultList()
                .forEach(r -> byOccupancy.computeIfAbsent(r.getOccupancyId(), k -> new ArrayList<>()).add(r));
        return byOccupancy;
    }

    /** The date of the departure or lease transfer scheduled for each of these occupancies that has one. */
    private Map<Long, LocalDate> scheduledEnds(List<Long> occupancyIds) {
        Map<Long, LocalDate> ends = new HashMap<>();
        for (Object[] row : em.createQuery("select s.occupancyId, s.effectiveOn from ScheduledDeparture s"
                + " where s.occupancyId in :ids and s.status = :st", Object[].class).setParameter("ids", occupancyIds)
                .setParameter("st", ScheduledDeparture.Status.SCHEDULED).getResultList()) {
            ends.put((Long) row[0], (LocalDate) row[1]);
        }
        return ends;
    }

    /**
     * The rent, charges and benefit of an occupancy from {@code from} on: the calls of the months
     * after that date use them; the history is kept.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public RentRevision reviseRent(long occupancyId, LocalDate from, Occupancy.Terms terms, String reason) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        if (!revisionsOf(List.of(occupancyId)).getOrDefault(occupancyId, List.of()).stream()
                .filter(r -> r.getEffectiveFrom().equals(from)).toList().isEmpty()) {
            throw new RentRefused("rent.revision.sameDay", from);
        }
        RentRevision revision = new RentRevision(occupancy, from, terms, reason, AssociationClock.instant());
        em.persist(revision);
        return revision;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<RentRevision> rentRevisionsOf(long occupancyId) {
        needToKnow.occupancy(occupancyId);
        return revisionsOf(List.of(occupancyId)).getOrDefault(occupancyId, List.of());
    }

    /** A yearly charges regularisation, added to the account as its own entry: positive owed, negative refunded. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public AccountEntry regulariseCharges(long occupancyId, int year, LocalDate on, Money amount, String reason) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        if (on == null || on.isAfter(AssociationClock.today())) {
            throw new RentRefused("rent.entry.inFuture");
        }
        boolean already = !em.createQuery("select e.id from AccountEntry e where e.occupancyId = :o and e.kind = :k"
                + " and e.periodYear = :y", Long.class).setParameter("o", occupancyId)
                .setParameter("k", EntryKind.CHARGES_REGULARISATION).setParameter("y", year).getResultList().isEmpty();
        if (already) {
            throw new RentRefused("rent.regularisation.alreadyDone", year);
        }
        AccountEntry entry = AccountEntry.chargesRegularisation(occupancyId, occupancy.getHouseholdId(), year, on,
                amount, reason, caller.getCallerPrincipal().getName(), AssociationClock.instant());
        em.persist(entry);
        return entry;
    }

    /**
     * A write-off (créance irrécouvrable) proposed for the account of an occupancy that has ended,
     * for at most what is owed: it counts only once a director approves it.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.DIRECTOR})
    public AccountEntry proposeWriteOff(long occupancyId, Money amount, String reason) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        if (occupancy.isOpen()) {
            throw new RentRefused("rent.writeOff.occupancyOpen");
        }
        boolean pending = entriesOf(occupancyId).stream()
                .anyMatch(e -> e.getKind() == EntryKind.WRITE_OFF && e.getApprovedBy() == null);
        if (pending) {
            throw new RentRefused("rent.writeOff.pending");
        }
        AccountEntry entry = AccountEntry.writeOff(occupancyId, occupancy.getHouseholdId(), AssociationClock.today(),
                amount, accountOf(occupancyId).balance(), reason, caller.getCallerPrincipal().getName(),
                AssociationClock.instant());
        em.persist(entry);
        return entry;
    }

    /** A director, not the one who proposed it, approves a write-off: the debt leaves the account today. */
    @RolesAllowed(Roles.DIRECTOR)
    public AccountEntry approveWriteOff(long entryId, long readVersion) {
        AccountEntry entry = Entities.require(em, AccountEntry.class, entryId);
        needToKnow.occupancy(entry.getOccupancyId());
        ConcurrentEditException.unlessUnchanged(AccountEntry.class, entry.getVersion(), readVersion);
        Money owed = accountOf(entry.getOccupancyId()).balance();
        if (entry.getAmount().negate().compareTo(owed) > 0) {
            throw new RentRefused("rent.writeOff.aboveBalance", entry.getAmount().negate(), owed);
        }
        entry.approve(caller.getCallerPrincipal().getName(), AssociationClock.today(), AssociationClock.instant());
        return entry;
    }

    /** Regularisations and write-offs of an account, approved or not, in date order. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<AccountEntry> entriesOf(long occupancyId) {
        needToKnow.occupancy(occupancyId);
        return em.createQuery("select e from AccountEntry e where e.occupancyId = :o order by e.entryDate, e.id",
                AccountEntry.class).setParameter("o", occupancyId).getResultList();
    }

    /**
     * Cancels a payment recorded by mistake by its reversing entry, with the reason: the payment
     * stays, both lines show in the statement, and on no date does the account count it.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Payment reversePayment(long paymentId, String reason) {
        Payment payment = Entities.require(em, Payment.class, paymentId);
        needToKnow.occupancy(payment.getOccupancyId());
        em.lock(payment, LockModeType.PESSIMISTIC_WRITE);
        boolean reversed = !em.createQuery("select p.id from Payment p where p.reversesPaymentId = :id", Long.class)
                .setParameter("id", paymentId).getResultList().isEmpty();
        if (reversed) {
            throw new RentRefused("rent.payment.alreadyReversed");
        }
        Payment reversal = payment.reversal(reason, AssociationClock.instant());
        em.persist(reversal);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new RentRefused("rent.payment.alreadyReversed");
        }
        return reversal;
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
        return recordPayment(occupancyId, paidOn, amount, payer, PaymentMethod.usualFor(payer), reference,
                repaymentPlanId);
    }

    /** Money received, by its method (a cheque, a transfer…) and reference, possibly towards a repayment plan. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Payment recordPayment(long occupancyId, LocalDate paidOn, Money amount, Payer payer, PaymentMethod method,
            String reference, Long repaymentPlanId) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        if (paidOn == null || paidOn.isAfter(AssociationClock.today())) {
            throw new RentRefused("rent.payment.inFuture");
        }
        if (repaymentPlanId != null) {
            RepaymentPlan plan = Entities.require(em, RepaymentPlan.class, repaymentPlanId);
            if (!plan.getOccupancyId().equals(occupancyId)) {
                throw new RentRefused("rent.payment.planOfAnotherOccupancy");
            }
            if (plan.isCancelled()) {
                throw new RentRefused("rent.plan.cancelled", plan.getCancelledOn());
            }
        }
        Payment payment = new Payment(occupancyId, occupancy.getHouseholdId(), paidOn, amount, payer, method,
                reference == null || reference.isBlank() ? null : reference.strip(), repaymentPlanId,
                AssociationClock.instant());
        em.persist(payment);
        return payment;
    }

    /**
     * An occupancy ended: each call already issued for days after its end gives them back by a credit
     * entry (the call is never changed), computed as the call of those days would have been. Called
     * by the container in the transaction that ends the occupancy, whoever ended it.
     */
    @PermitAll
    public void creditTheDaysAfterTheEnd(@Observes OccupancyEnded ended) {
        Occupancy occupancy = Entities.require(em, Occupancy.class, ended.occupancyId());
        LocalDate end = occupancy.getEnd();
        Map<Long, List<RentRevision>> revisions = revisionsOf(List.of(occupancy.getId()));
        for (RentCall call : em.createQuery("select c from RentCall c where c.occupancyId = :o order by c.calledMonth",
                RentCall.class)
                .setParameter("o", occupancy.getId()).getResultList()) {
            if (end == null || call.getMonth().atEndOfMonth().isBefore(end)) {
                continue; // every day of that month was occupied
            }
            Money owed;
            try {
                owed = computeCall(occupancy, call.getMonth(), revisions, Map.of(), call.getHousingBenefit())
                        .getAmountDue();
            } catch (RentRefused outside) {
                owed = Money.ZERO; // a month entirely after the end
            }
            Money given = call.getAmountDue().minus(owed);
            if (given.isPositive()) {
                em.persist(AccountEntry.departureCredit(occupancy.getId(), occupancy.getHouseholdId(), end,
                        call.getMonth(), given, AuditTrail.actor(), AssociationClock.instant()));
            }
        }
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
        audit.recordRead("RentAccount", occupancyId, Entities.require(em, Occupancy.class, occupancyId).getHouseholdId());
        return new RentAccount(rentCallsOf(occupancyId), paymentsOf(occupancyId), entriesOf(occupancyId));
    }

    /** An occupancy in arrears on a date. */
    public record ArrearsLine(long occupancyId, long householdId, long dwellingId, Arrears arrears) {
    }

    /** Every occupancy with arrears on {@code asOf}, the largest first. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public List<ArrearsLine> arrearsOn(LocalDate asOf) {
        SearchConditions reach = SearchConditions.sql(2).and("c.household_id IN (SELECT hh.id FROM household hh"
                + " WHERE hh.service_unit_id = ?)", needToKnow.restriction().serviceUnitId());
        @SuppressWarnings("unchecked")
        List<Number> owing = reach.bind(em.createNativeQuery("SELECT c.occupancy_id FROM rent_call c"
                + " WHERE c.due_date <= ?1" + reach.and()
                + " GROUP BY c.occupancy_id HAVING sum(c.amount_due)"
                + " + (SELECT coalesce(sum(e.amount), 0) FROM account_entry e WHERE e.occupancy_id = c.occupancy_id"
                + " AND e.entry_date <= ?1 AND (e.kind <> 'WRITE_OFF' OR e.approved_by IS NOT NULL))"
                + " > (SELECT coalesce(sum(p.amount), 0) FROM payment p"
                + " WHERE p.occupancy_id = c.occupancy_id AND p.paid_on <= ?1)"))
                .setParameter(1, asOf).getResultList();
        List<Long> ids = owing.stream().map(Number::longValue).toList();
        List<ArrearsLine> lines = new ArrayList<>();
        if (!ids.isEmpty()) {
            // The accounts of every occupancy owing, read together: four queries whatever the list's length.
            Map<Long, RentAccount> accounts = accountsOf(ids);
            for (Occupancy occupancy : em.createQuery("select o from Occupancy o where o.id in :ids", Occupancy.class)
                    .setParameter("ids", ids).getResultList()) {
                long id = occupancy.getId();
                Arrears arrears = accounts.get(id).arrearsOn(asOf);
                if (arrears.any()) {
                    lines.add(new ArrearsLine(id, occupancy.getHouseholdId(), occupancy.getDwellingId(), arrears));
                }
            }
        }
        lines.sort((a, b) -> b.arrears().total().compareTo(a.arrears().total()));
        audit.recordSearch("ArrearsList", lines.size());
        return lines;
    }

    /** The accounts of the occupancies {@code ids}, read together: three queries whatever their number. */
    private Map<Long, RentAccount> accountsOf(List<Long> ids) {
        Map<Long, List<RentCall>> calls = byOccupancy(em.createQuery("select c from RentCall c"
                + " where c.occupancyId in :ids order by c.calledMonth", RentCall.class), ids, RentCall::getOccupancyId);
        Map<Long, List<Payment>> payments = byOccupancy(em.createQuery("select p from Payment p"
                + " where p.occupancyId in :ids order by p.paidOn, p.id", Payment.class), ids, Payment::getOccupancyId);
        Map<Long, List<AccountEntry>> entries = byOccupancy(em.createQuery("select e from AccountEntry e"
                + " where e.occupancyId in :ids order by e.entryDate, e.id", AccountEntry.class), ids,
                AccountEntry::getOccupancyId);
        return ids.stream().distinct().collect(Collectors.toMap(id -> id, id -> new RentAccount(calls.getOrDefault(id,
                List.of()), payments.getOrDefault(id, List.of()), entries.getOrDefault(id, List.of()))));
    }

    /** The rows of {@code query} over the occupancies {@code ids}, grouped by occupancy in the query's order. */
    private static <T> Map<Long, List<T>> byOccupancy(TypedQuery<T> query, List<Long> ids, Function<T, Long> occupancy) {
        return query.setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(occupancy, Collectors.toList()));
    }

    /** Agrees a repayment plan with the household, for at most its arrears on the day. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public RepaymentPlan agreeRepaymentPlan(long occupancyId, LocalDate agreedOn, Money debt,
            List<Instalment> instalments) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        Money arrears = accountOf(occupancyId).arrearsOn(agreedOn).total();
        RepaymentPlan plan = new RepaymentPlan(occupancyId, occupancy.getHouseholdId(), agreedOn, debt, arrears,
                instalments);
        em.persist(plan);
        return plan;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public RepaymentPlan cancelRepaymentPlan(long planId, long readVersion, LocalDate on) {
        needToKnow.repaymentPlan(planId);
        RepaymentPlan plan = Entities.require(em, RepaymentPlan.class, planId);
        ConcurrentEditException.unlessUnchanged(RepaymentPlan.class, plan.getVersion(), readVersion);
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
        RepaymentPlan plan = Entities.require(em, RepaymentPlan.class, planId);
        List<Payment> towards = em.createQuery("select p from Payment p where p.repaymentPlanId = :plan",
                Payment.class).setParameter("plan", planId).getResultList();
        return plan.followUp(towards, asOf);
    }

    /**
     * A paper of one month's call, as PDF in {@code locale}: its notice, its quittance or the receipt
     * for what was paid of it ({@code kind}; null: the receipt the month may have — its quittance
     * when fully paid, a receipt for the amount paid when partly paid). What was paid of the month
     * is the account's credits settling the oldest debts first ({@link RentAccount#settlements()}).
     * Each paper generated is written to the trail, naming who generated it, and kept among the
     * household's documents.
     *
     * @throws RentRefused a quittance for a month not fully paid, a receipt for a month nothing of
     *         which is paid, a partial receipt for a month fully paid (its quittance is due)
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public RentPaper rentPaper(long callId, RentPaperKind kind, Locale locale) {
        RentCall call = Entities.require(em, RentCall.class, callId);
        needToKnow.occupancy(call.getOccupancyId());
        CallSettlement settlement = new RentAccount(rentCallsOf(call.getOccupancyId()),
                paymentsOf(call.getOccupancyId()), entriesOf(call.getOccupancyId())).settlementOf(callId);
        RentPaperKind paper = kind == null ? settlement.receipt() : kind;
        settlement.allows(paper);
        return new RentPaper(paper, callId, call.getMonth(), print(call, paper, settlement, locale).paper());
    }

    private record Printed(Paper paper, Document kept) {
    }

    /** Prints a paper the month may have, writes it to the trail and keeps it among the household's documents. */
    private Printed print(RentCall call, RentPaperKind paper, CallSettlement settlement, Locale locale) {
        Occupancy occupancy = Entities.require(em, Occupancy.class, call.getOccupancyId());
        Dwelling dwelling = Entities.require(em, Dwelling.class, occupancy.getDwellingId());
        Household household = Entities.require(em, Household.class, call.getHouseholdId());
        Issuer association = Issuer.of(em, dwelling.getServiceUnitId());
        byte[] pdf = RentPapersPdf.render(paper, new RentPapersPdf.Facts(association, household.getDisplayName(),
                dwelling.getDisplayAddress(), settlement, AssociationClock.today()), locale);
        audit.recordPaper("RentCall", call.getId(), call.getHouseholdId(), paper.name(), Map.of("month",
                call.getMonth().toString(), "amount", (paper == RentPaperKind.NOTICE ? call.getAmountDue()
                        : settlement.paid()).amount().toPlainString()));
        Paper printed = new Paper(paper.fileName(call.getMonth()), pdf);
        return new Printed(printed, documents.keepGenerated(call.getHouseholdId(), printed));
    }

    /**
     * The calls of {@code month} after {@code afterId} whose paper of {@code kind} the month's run has
     * not printed yet, in id order: what the rent-calls job prints, a chunk at a time.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Long> callsToPrint(YearMonth month, RentPaperKind kind, long afterId, int max) {
        return em.createQuery("select c.id from RentCall c where c.calledMonth = :m and c.id > :after and "
                + printedColumn(kind) + " is null order by c.id", Long.class).setParameter("m", month.atDay(1))
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /**
     * The month's run: prints the paper of {@code kind} of the calls of {@code month} whose id is
     * between {@code fromId} and {@code toId} — the notice of every call, the quittance of every month
     * fully paid (a month partly paid has none: its receipt for the amount paid is printed from the
     * file on request). Each is printed once, in French, kept among the household's documents and
     * noted on the call, so that a restart or a second run never prints it twice.
     *
     * @return how many were printed
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public int printMonthPapers(YearMonth month, RentPaperKind kind, long fromId, long toId) {
        List<RentCall> calls = em.createQuery("select c from RentCall c where c.calledMonth = :m and c.id between"
                + " :from and :to and " + printedColumn(kind) + " is null order by c.id", RentCall.class)
                .setParameter("m", month.atDay(1)).setParameter("from", fromId).setParameter("to", toId)
                .getResultList();
        if (calls.isEmpty()) {
            return 0;
        }
        Map<Long, RentAccount> accounts = accountsOf(calls.stream().map(RentCall::getOccupancyId).distinct().toList());
        int printed = 0;
        for (RentCall call : calls) {
            CallSettlement settlement = accounts.get(call.getOccupancyId()).settlementOf(call.getId());
            if (kind == RentPaperKind.QUITTANCE && !settlement.fullyPaid()) {
                continue;
            }
            call.printedByTheRun(kind, print(call, kind, settlement, Locale.FRENCH).kept().getId());
            printed++;
        }
        return printed;
    }

    private static String printedColumn(RentPaperKind kind) {
        return switch (kind) {
            case NOTICE -> "c.noticeDocumentId";
            case QUITTANCE -> "c.quittanceDocumentId";
            case PARTIAL_RECEIPT -> throw new IllegalArgumentException("the month's run prints no partial receipt");
        };
    }

    /**
     * The papers of {@code kind} the month's run printed for {@code month}, bound in one PDF to print
     * and post, household after household: those of the caller's service only (all for
     * whoever sees every service). Written to the trail.
     *
     * @throws RentRefused when the run has printed none of them
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
    public Paper monthPapers(YearMonth month, RentPaperKind kind) {
        SearchConditions reach = SearchConditions.sql(2).and("h.service_unit_id = ?",
                needToKnow.restriction().serviceUnitId());
        String column = kind == RentPaperKind.QUITTANCE ? "quittance_document_id" : "notice_document_id";
        @SuppressWarnings("unchecked")
        List<Number> kept = reach.bind(em.createNativeQuery("SELECT c." + column + " FROM rent_call c"
                + " JOIN household h ON h.id = c.household_id WHERE c.month = ?1 AND c." + column + " IS NOT NULL"
                + reach.and() + " ORDER BY c.household_id, c.id")).setParameter(1, month.atDay(1)).getResultList();
        List<byte[]> pdfs = kept.stream().map(id -> documents.generatedContent(id.longValue()))
                .flatMap(Optional::stream).toList();
        if (pdfs.isEmpty()) {
            throw new RentRefused("rent.monthPapers.none", month.toString());
        }
        audit.recordPaper("RentCall", null, null, "MONTH_" + kind.name(), Map.of("month", month.toString(),
                "papers", String.valueOf(pdfs.size())));
        return new Paper(kind.fileName(month).replace(".pdf", "-tous.pdf"), RentPapersPdf.bind(pdfs));
    }

    /**
     * The debt statement (décompte) of an occupancy's account at the end of {@code asOf} (null:
     * today), as PDF in {@code locale}: what an FSL request, a repayment plan or a report to the CAF
     * needs. Written to the trail, naming who generated it, and kept among the household's documents.
     *
     * @throws RentRefused a date after today
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Paper debtStatement(long occupancyId, LocalDate asOf, Locale locale) {
        needToKnow.occupancy(occupancyId);
        LocalDate on = asOf == null ? AssociationClock.today() : asOf;
        if (on.isAfter(AssociationClock.today())) {
            throw new RentRefused("rent.debtStatement.future", on);
        }
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        Dwelling dwelling = Entities.require(em, Dwelling.class, occupancy.getDwellingId());
        Household household = Entities.require(em, Household.class, occupancy.getHouseholdId());
        RentAccount account = accountOf(occupancyId);
        List<RentAccount.Line> lines = account.statementUpTo(on);
        Issuer association = Issuer.of(em, dwelling.getServiceUnitId());
        byte[] pdf = RentPapersPdf.renderDebtStatement(new RentPapersPdf.DebtFacts(association,
                household.getDisplayName(), dwelling.getDisplayAddress(), on, lines, account.arrearsOn(on),
                AssociationClock.today()), locale);
        audit.recordPaper("Occupancy", occupancyId, occupancy.getHouseholdId(), "DEBT_STATEMENT", Map.of("asOf",
                on.toString(), "balance", (lines.isEmpty() ? Money.ZERO : lines.get(lines.size() - 1).balance())
                        .amount().toPlainString()));
        Paper statement = new Paper("decompte-" + on + ".pdf", pdf);
        documents.keepGenerated(occupancy.getHouseholdId(), statement);
        return statement;
    }

    private Optional<RentCall> callOf(long occupancyId, YearMonth month) {
        return em.createQuery("select c from RentCall c where c.occupancyId = :o and c.calledMonth = :m", RentCall.class)
                .setParameter("o", occupancyId).setParameter("m", month.atDay(1)).getResultStream().findFirst();
    }

}
