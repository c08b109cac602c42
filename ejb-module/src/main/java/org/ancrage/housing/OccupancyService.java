package org.ancrage.housing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ancrage.households.Household;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureStatus;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;

/**
 * Who lives where: placing households in dwellings for their measure, their terms, their leaving
 * and the lease transfer that ends a sub-lease, applied at once or on a date to come. Rental
 * managers and coordinators act; workers and directors read.
 */
@Stateless
public class OccupancyService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private NeedToKnow needToKnow;

    @Inject
    private Event<OccupancyEnded> occupancyEnded;

    /** A household placed in a dwelling, for its measure. */
    public record Placement(long dwellingId, long householdId, long measureId, Agreement agreement, LocalDate start,
            Occupancy.Terms terms) {
    }

    /** What a lease transfer did: the occupancy closed, and the one under mandate that follows, if any. */
    public record LeaseTransfer(Occupancy ended, Optional<Occupancy> underMandate, Dwelling dwelling,
            Optional<ScheduledDeparture> scheduled) {
    }

    /**
     * Places a household in a dwelling for its open measure. The dwelling is locked while the
     * places are counted, so two managers cannot fill its last place twice.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Occupancy placeHousehold(Placement placement) {
        needToKnow.dwelling(placement.dwellingId());
        needToKnow.household(placement.householdId());
        Dwelling dwelling = Entities.require(em, Dwelling.class, placement.dwellingId());
        em.lock(dwelling, LockModeType.PESSIMISTIC_WRITE);
        Entities.require(em, Household.class, placement.householdId());
        Measure measure = Entities.require(em, Measure.class, placement.measureId());
        if (!measure.getHouseholdId().equals(placement.householdId())) {
            throw new HousingRefused("placement.measureOfAnotherHousehold");
        }
        if (measure.getStatus() == MeasureStatus.ENDED) {
            throw new HousingRefused("placement.measureEnded", measure.getEndDate());
        }
        if (placement.start() == null || placement.start().isBefore(measure.getStart())) {
            throw new HousingRefused("placement.beforeMeasure", measure.getStart());
        }
        currentOccupancy(placement.householdId()).ifPresent(o -> {
            throw new HousingRefused("placement.alreadyHoused", Entities.require(em, Dwelling.class, o.getDwellingId())
                    .getDisplayAddress());
        });
        HousingContract contract = Stock.contractOn(em, dwelling.getId(), placement.start())
                .orElseThrow(() -> new HousingRefused("placement.noContract", placement.start()));
        requireAgreementFits(placement.agreement(), contract.getKind());
        dwelling.acceptPlacement(Stock.openOccupancies(em, dwelling.getId()));
        Occupancy occupancy = new Occupancy(dwelling, placement.householdId(), measure.getId(),
                measure.getProgramme().getId(), placement.agreement(), placement.start(), placement.terms());
        em.persist(occupancy);
        return occupancy;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Occupancy changeOccupancyTerms(long occupancyId, long readVersion, Occupancy.Terms terms) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = currentOccupancy(occupancyId, readVersion);
        occupancy.changeTerms(terms);
        return occupancy;
    }

    /**
     * The household leaves the dwelling on {@code date}; a place is free again. A date after today
     * is scheduled, not applied: the occupancy stays open until the daily job applies it.
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Occupancy leaveDwelling(long occupancyId, long readVersion, LocalDate date, String exitState) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = currentOccupancy(occupancyId, readVersion);
        requireNothingScheduled(occupancy);
        if (date != null && date.isAfter(AssociationClock.today())) {
            schedule(occupancy, OccupancyEnd.LEFT, date, exitState);
            return occupancy;
        }
        applyLeave(occupancy, date, exitState);
        return occupancy;
    }

    private void applyLeave(Occupancy occupancy, LocalDate date, String exitState) {
        Dwelling dwelling = Entities.require(em, Dwelling.class, occupancy.getDwellingId());
        em.lock(dwelling, LockModeType.PESSIMISTIC_WRITE);
        occupancy.leave(date, exitState);
        dwelling.released();
        occupancyEnded.fire(new OccupancyEnded(occupancy.getId()));
    }

    /**
     * Lease transfer (glissement de bail): the sub-lease ends, the main lease ends, the measure
     * ends with the lease transferred as its outcome, and the dwelling either leaves the stock or
     * stays managed under a mandate, with the household as tenant, as the main lease provides. A
     * date after today is scheduled, not applied (nothing changes before it).
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public LeaseTransfer transferLease(long occupancyId, long readVersion, LocalDate date) {
        needToKnow.occupancy(occupancyId);
        Occupancy occupancy = currentOccupancy(occupancyId, readVersion);
        requireNothingScheduled(occupancy);
        if (date != null && date.isAfter(AssociationClock.today())) {
            Dwelling dwelling = Entities.require(em, Dwelling.class, occupancy.getDwellingId());
            Stock.contractOn(em, dwelling.getId(), date).filter(c -> c.getKind() == ContractKind.MAIN_LEASE)
                    .orElseThrow(() -> new HousingRefused("transfer.noMainLease", date));
            ScheduledDeparture scheduled = schedule(occupancy, OccupancyEnd.LEASE_TRANSFER, date, null);
            return new LeaseTransfer(occupancy, Optional.empty(), dwelling, Optional.of(scheduled));
        }
        return applyTransfer(occupancy, date);
    }

    private LeaseTransfer applyTransfer(Occupancy occupancy, LocalDate date) {
        Dwelling dwelling = Entities.require(em, Dwelling.class, occupancy.getDwellingId());
        em.lock(dwelling, LockModeType.PESSIMISTIC_WRITE);
        occupancy.transferLease(date);
        HousingContract lease = Stock.contractOn(em, dwelling.getId(), date)
                .filter(c -> c.getKind() == ContractKind.MAIN_LEASE)
                .orElseThrow(() -> new HousingRefused("transfer.noMainLease", date));
        lease.end(date, ContractEnd.LEASE_TRANSFER);
        if (occupancy.getMeasureId() != null) {
            Measure measure = Entities.require(em, Measure.class, occupancy.getMeasureId());
            em.lock(measure, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            if (measure.getStatus() != MeasureStatus.ENDED) {
                measure.end(date, EndReason.LEASE_TRANSFER, HousingOutcome.LEASE_TRANSFERRED);
            }
        }
        Optional<Occupancy> underMandate = Optional.empty();
        if (lease.getAfterLeaseTransfer() == AfterLeaseTransfer.STAYS_UNDER_MANDATE) {
            em.persist(new HousingContract(dwelling, new HousingContract.Terms(ContractKind.MANAGEMENT_MANDATE, date,
                    null, lease.getRent(), lease.getGuarantee(), lease.getGuaranteeReference(), lease.getNoticeMonths(),
                    true, AfterLeaseTransfer.STAYS_UNDER_MANDATE)));
            Occupancy tenant = new Occupancy(dwelling, occupancy.getHouseholdId(), null, null,
                    Agreement.TENANT_UNDER_MANDATE, date, new Occupancy.Terms(occupancy.getRent(),
                            occupancy.getCharges(), occupancy.getHousingBenefit()));
            em.flush(); // the sub-lease must be closed in the database before the household's next occupancy opens
            em.persist(tenant);
            underMandate = Optional.of(tenant);
        } else {
            dwelling.leaveStock();
        }
        occupancyEnded.fire(new OccupancyEnded(occupancy.getId()));
        return new LeaseTransfer(occupancy, underMandate, dwelling, Optional.empty());
    }

    private ScheduledDeparture schedule(Occupancy occupancy, OccupancyEnd kind, LocalDate date, String exitState) {
        ScheduledDeparture scheduled = new ScheduledDeparture(occupancy, kind, date, exitState,
                AssociationClock.instant());
        em.persist(scheduled);
        return scheduled;
    }

    private void requireNothingScheduled(Occupancy occupancy) {
        pendingDeparture(occupancy.getId()).ifPresent(s -> {
            throw new HousingRefused("departure.alreadyScheduled", s.getEffectiveOn());
        });
    }

    private Optional<ScheduledDeparture> pendingDeparture(long occupancyId) {
        return em.createQuery("select s from ScheduledDeparture s where s.occupancyId = :o and s.status = :st",
                ScheduledDeparture.class).setParameter("o", occupancyId)
                .setParameter("st", ScheduledDeparture.Status.SCHEDULED).getResultStream().findFirst();
    }

    /** The departure or lease transfer scheduled for an occupancy, if any. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Optional<ScheduledDeparture> scheduledDeparture(long occupancyId) {
        needToKnow.occupancy(occupancyId);
        return pendingDeparture(occupancyId);
    }

    /** A scheduled departure or lease transfer cancelled before its date: it will not apply. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public ScheduledDeparture cancelScheduledDeparture(long scheduledId, long readVersion) {
        ScheduledDeparture scheduled = Entities.require(em, ScheduledDeparture.class, scheduledId);
        needToKnow.occupancy(scheduled.getOccupancyId());
        ConcurrentEditException.unlessUnchanged(ScheduledDeparture.class, scheduled.getVersion(), readVersion);
        scheduled.cancel(AssociationClock.instant());
        return scheduled;
    }

    /** Scheduled departures due on {@code on} (their date reached), with an id above {@code afterId}, in id order. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Long> scheduledDeparturesDue(LocalDate on, long afterId, int max) {
        return em.createQuery("select s.id from ScheduledDeparture s where s.status = :st and s.effectiveOn <= :on"
                        + " and s.id > :after order by s.id", Long.class)
                .setParameter("st", ScheduledDeparture.Status.SCHEDULED).setParameter("on", on)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /**
     * Applies a scheduled departure or lease transfer whose date {@code on} has come, on its own
     * date. The row is locked and its status read again: run twice, or after a restart, a change
     * applies once and the second time nothing happens.
     *
     * Each in its own transaction, so that one the rules refuse leaves the others applied.
     *
     * @return whether it was applied now
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean applyScheduledDeparture(long scheduledId, LocalDate on) {
        ScheduledDeparture scheduled = em.find(ScheduledDeparture.class, scheduledId,
                LockModeType.PESSIMISTIC_WRITE);
        if (scheduled == null || !scheduled.isPending() || scheduled.getEffectiveOn().isAfter(on)) {
            return false;
        }
        Occupancy occupancy = Entities.require(em, Occupancy.class, scheduled.getOccupancyId());
        if (scheduled.getKind() == OccupancyEnd.LEASE_TRANSFER) {
            applyTransfer(occupancy, scheduled.getEffectiveOn());
        } else {
            applyLeave(occupancy, scheduled.getEffectiveOn(), scheduled.getExitState());
        }
        scheduled.applied(AssociationClock.instant());
        return true;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Occupancy getOccupancy(long id) {
        needToKnow.occupancy(id);
        return Entities.require(em, Occupancy.class, id);
    }

    /** Everyone who lived in the dwelling, newest first. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Occupancy> occupancyHistory(long dwellingId) {
        needToKnow.dwelling(dwellingId);
        return em.createQuery("select o from Occupancy o where o.dwellingId = :d order by o.start desc, o.id desc",
                Occupancy.class).setParameter("d", dwellingId).getResultList();
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Occupancy> occupanciesOfHousehold(long householdId) {
        needToKnow.household(householdId);
        return em.createQuery("select o from Occupancy o where o.householdId = :h order by o.start desc, o.id desc",
                Occupancy.class).setParameter("h", householdId).getResultList();
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Optional<Occupancy> currentOccupancy(long householdId) {
        needToKnow.household(householdId);
        return Stock.currentOccupancy(em, householdId);
    }

    private static void requireAgreementFits(Agreement agreement, ContractKind contract) {
        boolean fits = switch (agreement) {
            case SUB_LEASE, OCCUPANCY_AGREEMENT -> contract == ContractKind.MAIN_LEASE;
            case TENANT_UNDER_MANDATE -> contract == ContractKind.MANAGEMENT_MANDATE;
        };
        if (!fits) {
            throw new HousingRefused("placement.agreementDoesNotFit", agreement, contract);
        }
    }

    private Occupancy currentOccupancy(long id, long readVersion) {
        Occupancy occupancy = Entities.require(em, Occupancy.class, id);
        ConcurrentEditException.unlessUnchanged(Occupancy.class, occupancy.getVersion(), readVersion);
        return occupancy;
    }
}
