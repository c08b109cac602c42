package org.ancrage.rent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ancrage.housing.Occupancy;
import org.ancrage.money.Money;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;

/**
 * The security deposit of an occupancy: received, the keys handed back, deductions and their
 * cancellations, returned. The rules are the deposit's ({@link SecurityDeposit}); this service
 * loads, checks who may act, passes the rent in force and who acts, and saves.
 */
@Stateless
public class DepositService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @EJB
    private NeedToKnow needToKnow;

    @EJB
    private RentService rent;

    @Resource
    private SessionContext caller;

    /**
     * A deposit, as the household's file shows it: its deductions and cancellations in the order
     * recorded, what is to be returned, the deadline once the keys are back, the penalty (at the
     * return, or as of today while it is late and not returned) and the rent it is counted on.
     */
    public record DepositView(SecurityDeposit deposit, List<DepositDeduction> deductions, Money deducted,
            Money toReturn, LocalDate deadline, Money penalty, long monthsLate, Money monthlyRent) {

        /** Whether a deduction is cancelled by one of the entries. */
        public boolean cancelled(DepositDeduction deduction) {
            return deductions.stream().anyMatch(d -> deduction.getId().equals(d.getCancelsDeductionId()));
        }
    }

    /** The deposit received for an occupancy, at most one month's rent excluding charges; once per occupancy. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public SecurityDeposit receiveDeposit(long occupancyId, Money amount, LocalDate receivedOn, PaymentMethod method) {
        return receiveDeposit(occupancyId, amount, receivedOn, method, null);
    }

    /**
     * The deposit received for an occupancy, with the receipt's reference when it has one (a cheque's
     * number, a transfer's reference); at most one month's rent excluding charges; once per occupancy.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public SecurityDeposit receiveDeposit(long occupancyId, Money amount, LocalDate receivedOn, PaymentMethod method,
            String reference) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        Optional<SecurityDeposit> already = find(occupancyId);
        if (already.isPresent()) {
            throw new RentRefused("deposit.alreadyReceived", already.get().getReceivedOn());
        }
        if (receivedOn != null && receivedOn.isAfter(AssociationClock.today())) {
            throw new RentRefused("deposit.inFuture");
        }
        LocalDate on = receivedOn == null ? AssociationClock.today() : receivedOn;
        SecurityDeposit deposit = SecurityDeposit.receive(occupancyId, occupancy.getHouseholdId(),
                rentOn(occupancy, on), amount, receivedOn, method, reference, who(), AssociationClock.instant());
        em.persist(deposit);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new RentRefused("deposit.alreadyReceived", receivedOn);
        }
        return deposit;
    }

    /**
     * The keys were handed back on {@code on}, after the household left, the move-out inspection
     * matching the move-in one or not: the deadline of return runs from then.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public SecurityDeposit keysReturned(long depositId, long readVersion, LocalDate on, boolean inspectionsMatch) {
        SecurityDeposit deposit = held(depositId, readVersion);
        Occupancy occupancy = Entities.require(em, Occupancy.class, deposit.getOccupancyId());
        if (occupancy.isOpen()) {
            throw new RentRefused("deposit.keysWhileOccupied");
        }
        notInFuture(on);
        deposit.keysReturned(on, inspectionsMatch, who());
        return deposit;
    }

    /** A deduction from the deposit, with its label and justification; never more than the deposit in total. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public DepositDeduction deduct(long depositId, String label, Money amount, String reason) {
        return deduct(depositId, label, amount, reason, false);
    }

    /**
     * A deduction from the deposit, with its label and justification; never more than the deposit in
     * total. When it is for unpaid rent ({@code unpaidRent}), at most what the household owes today,
     * and the rent account is credited with it by an entry the same day: the arrears fall.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public DepositDeduction deduct(long depositId, String label, Money amount, String reason, boolean unpaidRent) {
        SecurityDeposit deposit = Entities.require(em, SecurityDeposit.class, depositId);
        needToKnow.occupancy(deposit.getOccupancyId());
        em.lock(deposit, LockModeType.PESSIMISTIC_WRITE); // two deductions at once never pass the deposit together
        List<DepositDeduction> deductions = deductionsOf(depositId);
        DepositDeduction deduction = unpaidRent
                ? deposit.deductForUnpaidRent(deductions, label, amount, reason,
                        rent.accountOf(deposit.getOccupancyId()).arrearsOn(AssociationClock.today()).total(), who(),
                        AssociationClock.instant())
                : deposit.deduct(deductions, label, amount, reason, who(), AssociationClock.instant());
        em.persist(deduction);
        if (deduction.isForUnpaidRent()) {
            em.flush(); // the entry names the deduction
            em.persist(AccountEntry.depositDeduction(deposit.getOccupancyId(), deduction, AssociationClock.today(),
                    who(), AssociationClock.instant()));
        }
        return deduction;
    }

    /**
     * Cancels a deduction made by mistake by an entry with its reason: both stay, the deduction no
     * longer counts. A deduction for unpaid rent had credited the rent account: an entry of the same
     * amount takes that credit back, and the arrears return.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public DepositDeduction cancelDeduction(long deductionId, String reason) {
        DepositDeduction deduction = Entities.require(em, DepositDeduction.class, deductionId);
        SecurityDeposit deposit = Entities.require(em, SecurityDeposit.class, deduction.getDepositId());
        needToKnow.occupancy(deposit.getOccupancyId());
        em.lock(deposit, LockModeType.PESSIMISTIC_WRITE);
        DepositDeduction cancellation = deposit.cancel(deduction, deductionsOf(deposit.getId()), reason, who(),
                AssociationClock.instant());
        em.persist(cancellation);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new RentRefused("deposit.deduction.alreadyCancelled");
        }
        if (cancellation.isForUnpaidRent()) {
            em.persist(AccountEntry.deductionCancelled(deposit.getOccupancyId(), cancellation,
                    AssociationClock.today(), who(), AssociationClock.instant()));
        }
        return cancellation;
    }

    /**
     * The deposit returned on {@code on}, less its deductions, with the penalty for a late return
     * counted on the rent excluding charges in force that day.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public SecurityDeposit returnDeposit(long depositId, long readVersion, LocalDate on) {
        SecurityDeposit deposit = held(depositId, readVersion);
        notInFuture(on);
        Occupancy occupancy = Entities.require(em, Occupancy.class, deposit.getOccupancyId());
        deposit.returnOn(on, deductionsOf(depositId), rentOn(occupancy, on), who());
        return deposit;
    }

    /** The deposit of an occupancy with its deductions and figures, if one was received. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Optional<DepositView> depositOf(long occupancyId) {
        needToKnow.occupancy(occupancyId);
        Optional<SecurityDeposit> found = find(occupancyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SecurityDeposit deposit = found.get();
        audit.recordRead("SecurityDeposit", deposit.getId(), deposit.getHouseholdId());
        List<DepositDeduction> deductions = deductionsOf(deposit.getId());
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        LocalDate asOf = deposit.isReturned() ? deposit.getReturnedOn() : AssociationClock.today();
        Money rent = rentOn(occupancy, asOf);
        Money penalty = deposit.isReturned() ? deposit.getPenalty() : deposit.penaltyOn(asOf, rent);
        return Optional.of(new DepositView(deposit, deductions, SecurityDeposit.deducted(deductions),
                deposit.isReturned() ? deposit.getReturnedAmount() : deposit.toReturn(deductions),
                deposit.returnDeadline(), penalty, deposit.monthsLateOn(asOf), rent));
    }

    private SecurityDeposit held(long depositId, long readVersion) {
        SecurityDeposit deposit = Entities.require(em, SecurityDeposit.class, depositId);
        needToKnow.occupancy(deposit.getOccupancyId());
        ConcurrentEditException.unlessUnchanged(SecurityDeposit.class, deposit.getVersion(), readVersion);
        return deposit;
    }

    private Optional<SecurityDeposit> find(long occupancyId) {
        return em.createQuery("select d from SecurityDeposit d where d.occupancyId = :o", SecurityDeposit.class)
                .setParameter("o", occupancyId).getResultStream().findFirst();
    }

    private List<DepositDeduction> deductionsOf(long depositId) {
        return em.createQuery("select d from DepositDeduction d where d.depositId = :d order by d.recordedAt, d.id",
                DepositDeduction.class).setParameter("d", depositId).getResultList();
    }

    /** The monthly rent excluding charges in force on {@code on}: the occupancy's, or the last revision's by then. */
    private Money rentOn(Occupancy occupancy, LocalDate on) {
        Money rent = occupancy.getRent();
        for (RentRevision revision : em.createQuery("select r from RentRevision r where r.occupancyId = :o"
                + " order by r.effectiveFrom", RentRevision.class).setParameter("o", occupancy.getId())
                .getResultList()) {
            if (!revision.getEffectiveFrom().isAfter(on)) {
                rent = revision.terms().rent();
            }
        }
        return rent;
    }

    private static void notInFuture(LocalDate on) {
        if (on != null && on.isAfter(AssociationClock.today())) {
            throw new RentRefused("deposit.inFuture");
        }
    }

    private String who() {
        return caller.getCallerPrincipal().getName();
    }
}
