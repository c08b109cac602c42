package org.ancrage.housing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ancrage.households.Household;
import org.ancrage.landlords.Landlord;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureStatus;
import org.ancrage.money.Money;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.ancrage.system.SearchConditions;

/**
 * The housing stock: dwellings and their contracts, placing households, their leaving and the
 * lease transfer that ends a sub-lease, and insurance certificates. Rental managers and
 * coordinators act; workers and directors read.
 */
@Stateless
public class HousingService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private NeedToKnow needToKnow;

    @Inject
    private Event<OccupancyEnded> occupancyEnded;

    /** A dwelling as typed. */
    public record DwellingDetails(long landlordId, long serviceUnitId, String address, String postcode, String city,
            DwellingSize size, BigDecimal surface, Integer floor, boolean lift, boolean stepFree, Money rent,
            Money charges, Long programmeId, int places) {
    }

    /** Filters of the dwelling list; any may be null. */
    public record DwellingFilter(DwellingState state, DwellingSize size, String city, Long programmeId,
            Long landlordId, Long serviceUnitId) {
        public static final DwellingFilter ALL = new DwellingFilter(null, null, null, null, null, null);
    }

    /** A household placed in a dwelling, for its measure. */
    public record Placement(long dwellingId, long householdId, long measureId, Agreement agreement, LocalDate start,
            Occupancy.Terms terms) {
    }

    /** What a lease transfer did: the occupancy closed, and the one under mandate that follows, if any. */
    public record LeaseTransfer(Occupancy ended, Optional<Occupancy> underMandate, Dwelling dwelling,
            Optional<ScheduledDeparture> scheduled) {
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Dwelling registerDwelling(DwellingDetails details) {
        needToKnow.creatingIn("Dwelling", details.serviceUnitId());
        Entities.require(em, Landlord.class, details.landlordId());
        Dwelling dwelling = new Dwelling(details.landlordId(), details.serviceUnitId());
        apply(dwelling, details);
        em.persist(dwelling);
        return dwelling;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Dwelling updateDwelling(long id, long readVersion, DwellingDetails details) {
        needToKnow.dwelling(id);
        needToKnow.creatingIn("Dwelling", details.serviceUnitId());
        Dwelling dwelling = currentDwelling(id, readVersion);
        apply(dwelling, details);
        return dwelling;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Dwelling getDwelling(long id) {
        needToKnow.dwelling(id);
        return Entities.require(em, Dwelling.class, id);
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Dwelling> searchDwellings(DwellingFilter filter, int first, int max) {
        return searchDwellings(filter, DwellingOrder.CITY, false, first, max);
    }

    /** The same, sorted on {@code order} (then by city and address). */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Dwelling> searchDwellings(DwellingFilter filter, DwellingOrder order, boolean descending, int first,
            int max) {
        filter = withinReach(filter);
        SearchConditions where = where(filter);
        TypedQuery<Dwelling> query = where.bind(em.createQuery("select d from Dwelling d" + where.where()
                + " order by " + order.jpql() + (descending ? " desc" : "") + ", d.city, d.address, d.id",
                Dwelling.class));
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500))
                .getResultList();
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public long countDwellings(DwellingFilter filter) {
        filter = withinReach(filter);
        SearchConditions where = where(filter);
        return where.bind(em.createQuery("select count(d) from Dwelling d" + where.where(), Long.class))
                .getSingleResult();
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Dwelling startWorks(long id, long readVersion) {
        needToKnow.dwelling(id);
        Dwelling dwelling = currentDwelling(id, readVersion);
        dwelling.startWorks(openOccupancies(id));
        return dwelling;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Dwelling endWorks(long id, long readVersion) {
        needToKnow.dwelling(id);
        Dwelling dwelling = currentDwelling(id, readVersion);
        dwelling.endWorks();
        return dwelling;
    }

    /** Gives the dwelling back to its landlord: no one may live there any more. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Dwelling returnToLandlord(long id, long readVersion, LocalDate on) {
        needToKnow.dwelling(id);
        Dwelling dwelling = currentDwelling(id, readVersion);
        dwelling.returnToLandlord(openOccupancies(id));
        contractsOf(id).stream().filter(c -> c.getEndedBy() == null).forEach(c -> c.endOnNotice(on));
        return dwelling;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public HousingContract signContract(long dwellingId, HousingContract.Terms terms) {
        needToKnow.dwelling(dwellingId);
        Dwelling dwelling = Entities.require(em, Dwelling.class, dwellingId);
        HousingContract contract = new HousingContract(dwelling, terms);
        boolean overlaps = contractsOf(dwellingId).stream().anyMatch(c -> overlaps(c, terms));
        if (overlaps) {
            throw new HousingRefused("contract.overlaps");
        }
        em.persist(contract);
        return contract;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public HousingContract endContractOnNotice(long contractId, long readVersion, LocalDate on) {
        HousingContract contract = Entities.require(em, HousingContract.class, contractId);
        needToKnow.dwelling(contract.getDwellingId());
        ConcurrentEditException.unlessUnchanged(HousingContract.class, contract.getVersion(), readVersion);
        contract.endOnNotice(on);
        return contract;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<HousingContract> contractsOf(long dwellingId) {
        needToKnow.dwelling(dwellingId);
        return em.createQuery("select c from HousingContract c where c.dwellingId = :d order by c.start",
                HousingContract.class).setParameter("d", dwellingId).getResultList();
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
        HousingContract contract = contractOn(dwelling.getId(), placement.start())
                .orElseThrow(() -> new HousingRefused("placement.noContract", placement.start()));
        requireAgreementFits(placement.agreement(), contract.getKind());
        dwelling.acceptPlacement(openOccupancies(dwelling.getId()));
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
            contractOn(dwelling.getId(), date).filter(c -> c.getKind() == ContractKind.MAIN_LEASE)
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
        HousingContract lease = contractOn(dwelling.getId(), date)
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
        return em.createQuery("select o from Occupancy o where o.householdId = :h and o.end is null", Occupancy.class)
                .setParameter("h", householdId).getResultStream().findFirst();
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public InsuranceCertificate recordInsurance(long householdId, String insurer, String policyNumber,
            LocalDate validFrom, LocalDate expiresOn) {
        needToKnow.household(householdId);
        Entities.require(em, Household.class, householdId);
        InsuranceCertificate certificate = new InsuranceCertificate(householdId,
                currentOccupancy(householdId).map(Occupancy::getId).orElse(null), insurer, policyNumber, validFrom,
                expiresOn);
        em.persist(certificate);
        return certificate;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<InsuranceCertificate> insuranceOf(long householdId) {
        needToKnow.household(householdId);
        return em.createQuery("select c from InsuranceCertificate c where c.householdId = :h order by c.expiresOn desc",
                InsuranceCertificate.class).setParameter("h", householdId).getResultList();
    }

    /** An open occupancy whose household has no insurance past {@code date}, and when the last one ends. */
    public record InsuranceGap(Occupancy occupancy, LocalDate lastExpiry) {

        /** Soonest first, households never insured before all others (a total order: two of them compare equal). */
        public static final java.util.Comparator<InsuranceGap> SOONEST_FIRST = java.util.Comparator.comparing(
                InsuranceGap::lastExpiry, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
    }

    /**
     * Open occupancies whose household is not insured beyond {@code date} (certificate expiring by
     * then, or none at all), soonest first.
     */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public List<InsuranceGap> insuranceExpiringBy(LocalDate date) {
        Map<Long, LocalDate> lastExpiry = new HashMap<>();
        em.createQuery("select c.householdId, max(c.expiresOn) from InsuranceCertificate c group by c.householdId",
                Object[].class).getResultList().forEach(row -> lastExpiry.put((Long) row[0], (LocalDate) row[1]));
        List<InsuranceGap> gaps = new ArrayList<>();
        SearchConditions reach = needToKnow.restriction().households("o.householdId");
        for (Occupancy open : reach.bind(em.createQuery("select o from Occupancy o where o.end is null"
                + reach.and(), Occupancy.class)).getResultList()) {
            LocalDate last = lastExpiry.get(open.getHouseholdId());
            if (last == null || !last.isAfter(date)) {
                gaps.add(new InsuranceGap(open, last));
            }
        }
        gaps.sort(InsuranceGap.SOONEST_FIRST);
        return gaps;
    }

    private Optional<HousingContract> contractOn(long dwellingId, LocalDate date) {
        return contractsOf(dwellingId).stream().filter(c -> c.covers(date)).findFirst();
    }

    private long openOccupancies(long dwellingId) {
        return em.createQuery("select count(o) from Occupancy o where o.dwellingId = :d and o.end is null", Long.class)
                .setParameter("d", dwellingId).getSingleResult();
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

    private static boolean overlaps(HousingContract existing, HousingContract.Terms terms) {
        if (existing.getEndedBy() != null && existing.getEnd() != null && existing.getEnd().isBefore(terms.start())) {
            return false;
        }
        LocalDate existingEnd = existing.getEndedBy() != null || !existing.isTacitRenewal() ? existing.getEnd() : null;
        boolean startsAfterExisting = existingEnd != null && terms.start().isAfter(existingEnd);
        boolean endsBeforeExisting = terms.end() != null && terms.end().isBefore(existing.getStart());
        return !startsAfterExisting && !endsBeforeExisting;
    }

    private Dwelling currentDwelling(long id, long readVersion) {
        Dwelling dwelling = Entities.require(em, Dwelling.class, id);
        ConcurrentEditException.unlessUnchanged(Dwelling.class, dwelling.getVersion(), readVersion);
        return dwelling;
    }

    private Occupancy currentOccupancy(long id, long readVersion) {
        Occupancy occupancy = Entities.require(em, Occupancy.class, id);
        ConcurrentEditException.unlessUnchanged(Occupancy.class, occupancy.getVersion(), readVersion);
        return occupancy;
    }

    private static void apply(Dwelling dwelling, DwellingDetails d) {
        dwelling.describe(d.address(), d.postcode(), d.city(), d.size(), d.surface(), d.floor(), d.lift(),
                d.stepFree());
        dwelling.terms(d.rent(), d.charges(), d.programmeId(), d.places());
    }


    /** The filter, kept to the caller's own service when they have one. */
    private DwellingFilter withinReach(DwellingFilter f) {
        return new DwellingFilter(f.state(), f.size(), f.city(), f.programmeId(), f.landlordId(),
                needToKnow.restriction().narrow(f.serviceUnitId()));
    }

    private static SearchConditions where(DwellingFilter f) {
        return SearchConditions.jpql()
                .and("d.state = ?", f.state())
                .and("d.size = ?", f.size())
                .and("lower(d.city) like ?", f.city() == null || f.city().isBlank() ? null
                        : f.city().strip().toLowerCase() + "%")
                .and("d.programmeId = ?", f.programmeId())
                .and("d.landlordId = ?", f.landlordId())
                .and("d.serviceUnitId = ?", f.serviceUnitId());
    }
}
