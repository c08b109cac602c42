package org.ancrage.housing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.landlords.Landlord;
import org.ancrage.money.Money;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.ancrage.system.SearchConditions;

/**
 * The housing stock: dwellings, their state (works, given back) and the contracts that let the
 * association use them. Rental managers and coordinators act; workers and directors read.
 */
@Stateless
public class DwellingService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private NeedToKnow needToKnow;

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
        dwelling.startWorks(Stock.openOccupancies(em, id));
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
        dwelling.returnToLandlord(Stock.openOccupancies(em, id));
        Stock.contractsOf(em, id).stream().filter(c -> c.getEndedBy() == null).forEach(c -> c.endOnNotice(on));
        return dwelling;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public HousingContract signContract(long dwellingId, HousingContract.Terms terms) {
        needToKnow.dwelling(dwellingId);
        Dwelling dwelling = Entities.require(em, Dwelling.class, dwellingId);
        HousingContract contract = new HousingContract(dwelling, terms);
        boolean overlaps = Stock.contractsOf(em, dwellingId).stream().anyMatch(c -> overlaps(c, terms));
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
        return Stock.contractsOf(em, dwellingId);
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

    private static void apply(Dwelling dwelling, DwellingDetails d) {
        dwelling.describe(d.address(), d.postcode(), d.city(), d.size(), d.surface(), d.floor(), d.lift(),
                d.stepFree());
        dwelling.terms(d.rent(), d.charges(), d.programmeId(), d.places());
    }

    /** The filter, kept to the caller's own service when they have one. */
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
