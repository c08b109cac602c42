package org.ancrage.households;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.money.Money;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.NotFoundException;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.privacy.AuditTrail;
import jakarta.json.Json;
import org.eclipse.persistence.sessions.Session;

/** Households and their members: creation with a duplicate warning, search, the file. */
@Stateless
public class HouseholdService {

    /**
     * A created household, and the existing ones that look like it (same member's last name and
     * birth date). Need to know holds here too:
     * <ul>
     * <li>{@code likelyDuplicates}: those of a service within the caller's reach, in full (the
     * caller may open their files anyway);</li>
     * <li>{@code duplicatesElsewhere}: for those of another service, only that one exists and in
     * which service — no name, birth date, status or id; each such disclosure is written to the
     * audit trail.</li>
     * </ul>
     */
    public record Creation(Household household, List<Household> likelyDuplicates,
            List<DuplicateElsewhere> duplicatesElsewhere) {

        public Creation(Household household, List<Household> likelyDuplicates) {
            this(household, likelyDuplicates, List.of());
        }
    }

    /** A likely duplicate in a service outside the caller's reach: the service, nothing of the person. */
    public record DuplicateElsewhere(String serviceCode, String serviceName) {
    }

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private NeedToKnow needToKnow;

    @EJB
    private AuditService audit;

    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Creation createHousehold(Household household) {
        needToKnow.creatingIn("Household", household.getServiceUnitId());
        List<Household> duplicates = household.getMembers().stream()
                .flatMap(m -> likelyDuplicates(m.getLastName(), m.getBirthDate()).stream())
                .distinct().toList();
        em.persist(household);
        em.flush();
        household.assignReference();
        NeedToKnow.Restriction reach = needToKnow.restriction();
        List<Household> within = duplicates.stream().filter(d -> reach.allows(d.getServiceUnitId())).toList();
        List<DuplicateElsewhere> elsewhere = new java.util.ArrayList<>();
        for (Household other : duplicates) {
            if (!reach.allows(other.getServiceUnitId())) {
                ServiceUnit unit = em.find(ServiceUnit.class, other.getServiceUnitId());
                DuplicateElsewhere hint = new DuplicateElsewhere(unit.getCode(), unit.getName());
                if (!elsewhere.contains(hint)) {
                    elsewhere.add(hint);
                }
                AuditTrail.recordDisclosure(em.unwrap(Session.class), "LikelyDuplicate", other.getId(), other.getId(),
                        Json.createObjectBuilder().add("disclosed", "a likely duplicate exists in service " + unit.getCode())
                                .add("whileCreating", household.getId()).build().toString());
            }
        }
        return new Creation(household, within, List.copyOf(elsewhere));
    }

    /** Changes what is known of a household, provided nobody changed it since {@code readVersion}. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Household updateHousehold(long id, long readVersion, Update update) {
        needToKnow.household(id);
        Household household = Optional.ofNullable(em.find(Household.class, id))
                .orElseThrow(() -> new NotFoundException("Household", id));
        ConcurrentEditException.unlessUnchanged("Household", household.getVersion(), readVersion);
        household.describe(update.composition(), update.mainResource(), update.monthlyResources());
        household.residenceStatusValidUntil(update.residenceStatusValidUntil());
        household.contactDetails(update.address(), update.phone(), update.email());
        return household;
    }

    /** What a worker may change of a household besides its members. */
    public record Update(Composition composition, ResourceType mainResource, Money monthlyResources,
            LocalDate residenceStatusValidUntil, String address, String phone, String email) {
    }

    /** Opens a household's file: the opening is written to the audit trail. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public Household getHouseholdFile(long id) {
        needToKnow.household(id);
        Household household = Optional.ofNullable(em.find(Household.class, id))
                .orElseThrow(() -> new NotFoundException("Household", id));
        audit.recordRead("Household", id, id);
        return household;
    }

    /**
     * Households whose member's name starts with {@code name} (any case), born on
     * {@code birthDate}, or with that reference; any criterion may be null. Sorted by reference.
     */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public List<Household> searchHouseholds(String name, LocalDate birthDate, String reference, int first, int max) {
        return searchHouseholds(name, birthDate, reference, HouseholdOrder.REFERENCE, false, first, max);
    }

    /** The same, sorted on {@code order} (then by reference). */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public List<Household> searchHouseholds(String name, LocalDate birthDate, String reference, HouseholdOrder order,
            boolean descending, int first, int max) {
        TypedQuery<Household> query = em.createQuery("select h from Household h left join h.members hd"
                + " on hd.relationship = :head where h.id in (" + matching(name, birthDate, reference) + ")"
                + needToKnow.restriction().householdCondition("h.id") + " order by " + order.jpql(descending)
                + ", h.reference", Household.class);
        query.setParameter("head", Relationship.HEAD);
        bind(query, name, birthDate, reference);
        List<Household> found = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500))
                .getResultList();
        audit.recordSearch("HouseholdSearch", found.size());
        return found;
    }

    /** How many households {@link #searchHouseholds} finds in all, for paging. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public long countHouseholds(String name, LocalDate birthDate, String reference) {
        TypedQuery<Long> query = em.createQuery("select count(h) from Household h where h.id in ("
                + matching(name, birthDate, reference) + ")" + needToKnow.restriction().householdCondition("h.id"), Long.class);
        bind(query, name, birthDate, reference);
        return query.getSingleResult();
    }

    /** Display names ("DUPONT Marie") of the households given, for lists that show other records. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select h from Household h where h.id in :ids"
                    + needToKnow.restriction().householdCondition("h.id"), Household.class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(h -> names.put(h.getId(), h.getDisplayName()));
        }
        return names;
    }

    private static String matching(String name, LocalDate birthDate, String reference) {
        StringBuilder jpql = new StringBuilder("select m.household.id from Person m where 1 = 1");
        if (name != null && !name.isBlank()) {
            jpql.append(" and (lower(m.lastName) like :name or lower(m.firstName) like :name)");
        }
        if (birthDate != null) {
            jpql.append(" and m.birthDate = :birthDate");
        }
        if (reference != null && !reference.isBlank()) {
            jpql.append(" and m.household.reference = :reference");
        }
        return jpql.toString();
    }

    private static void bind(TypedQuery<?> query, String name, LocalDate birthDate, String reference) {
        if (name != null && !name.isBlank()) {
            query.setParameter("name", name.trim().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        if (birthDate != null) {
            query.setParameter("birthDate", birthDate);
        }
        if (reference != null && !reference.isBlank()) {
            query.setParameter("reference", reference.trim().toUpperCase());
        }
    }

    private List<Household> likelyDuplicates(String lastName, LocalDate birthDate) {
        if (lastName == null || birthDate == null) {
            return List.of();
        }
        return em.createQuery("select distinct h from Household h join h.members m "
                        + "where lower(m.lastName) = :lastName and m.birthDate = :birthDate", Household.class)
                .setParameter("lastName", lastName.trim().toLowerCase())
                .setParameter("birthDate", birthDate)
                .getResultList();
    }
}
