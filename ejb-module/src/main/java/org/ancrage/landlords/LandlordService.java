package org.ancrage.landlords;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.security.Roles;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.ancrage.system.SearchConditions;

/** Landlords: register, describe, find, and keep the history of exchanges with them. */
@Stateless
public class LandlordService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /** A landlord's details as typed. */
    public record Details(LandlordKind kind, String name, String contactPerson, String address, String phone,
            String email) {
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Landlord registerLandlord(Details details) {
        Landlord landlord = new Landlord(details.kind(), details.name());
        apply(landlord, details);
        em.persist(landlord);
        return landlord;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Landlord updateLandlord(long id, long readVersion, Details details) {
        Landlord landlord = getLandlord(id);
        ConcurrentEditException.unlessUnchanged(Landlord.class, landlord.getVersion(), readVersion);
        apply(landlord, details);
        return landlord;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Landlord recordExchange(long id, LocalDate on, ExchangeChannel channel, String summary) {
        Landlord landlord = getLandlord(id);
        landlord.recordExchange(on, channel, summary, caller.getCallerPrincipal().getName());
        return landlord;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Landlord getLandlord(long id) {
        return Entities.require(em, Landlord.class, id);
    }

    /** Landlords whose name contains {@code name} (all when blank), by name, one page at a time. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Landlord> searchLandlords(String name, LandlordKind kind, int first, int max) {
        return searchLandlords(name, kind, LandlordOrder.NAME, false, first, max);
    }

    /** The same, sorted on {@code order}. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Landlord> searchLandlords(String name, LandlordKind kind, LandlordOrder order, boolean descending,
            int first, int max) {
        SearchConditions matching = matching(name, kind);
        String jpql = "select l from Landlord l" + matching.where() + " order by " + order.jpql()
                + (descending ? " desc" : "") + ", l.id";
        return matching.bind(em.createQuery(jpql, Landlord.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
    }

    /** How many landlords {@link #searchLandlords} finds in all, for paging. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public long countLandlords(String name, LandlordKind kind) {
        SearchConditions matching = matching(name, kind);
        return matching.bind(em.createQuery("select count(l) from Landlord l" + matching.where(), Long.class))
                .getSingleResult();
    }

    private static SearchConditions matching(String name, LandlordKind kind) {
        return SearchConditions.jpql()
                .and("lower(l.name) like ?", name == null || name.isBlank() ? null
                        : "%" + name.strip().toLowerCase().replace("%", "").replace("_", "") + "%")
                .and("l.kind = ?", kind);
    }

    private static void apply(Landlord landlord, Details d) {
        landlord.describe(d.kind(), d.name(), d.contactPerson(), d.address(), d.phone(), d.email());
    }
}
