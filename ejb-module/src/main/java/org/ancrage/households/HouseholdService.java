package org.ancrage.households;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.money.Money;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.privacy.AuditTrail;
import jakarta.json.Json;
import org.ancrage.system.Entities;
import org.ancrage.system.SearchConditions;
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

    @Resource
    private SessionContext caller;

    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Creation createHousehold(Household household) {
        needToKnow.creatingIn("Household", household.getServiceUnitId());
        List<Household> duplicates = duplicatesOf(household);
        em.persist(household);
        em.flush();
        household.assignReference();
        LikelyDuplicates likely = split(duplicates, household.getId());
        return new Creation(household, likely.within(), likely.elsewhere());
    }

    /** Likely duplicates as the caller may see them: in full within reach, by service only elsewhere. */
    public record LikelyDuplicates(List<Household> within, List<DuplicateElsewhere> elsewhere) {

        public boolean isEmpty() {
            return within.isEmpty() && elsewhere.isEmpty();
        }
    }

    /** Splits likely duplicates by the caller's reach; each one outside it disclosed is written to the trail. */
    private LikelyDuplicates split(List<Household> duplicates, Long whileCreating) {
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
                                .add("whileCreating", whileCreating == null ? "(not yet saved)" : whileCreating.toString())
                        .build().toString());
            }
        }
        return new LikelyDuplicates(within, List.copyOf(elsewhere));
    }

    /**
     * The existing households that look like this one, not yet saved (same member name and birth
     * date): what {@link #createHousehold} would point out, asked before saving.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public LikelyDuplicates likelyDuplicatesOf(Household household) {
        needToKnow.creatingIn("Household", household.getServiceUnitId());
        return split(duplicatesOf(household), null);
    }

    private List<Household> duplicatesOf(Household household) {
        return household.getMembers().stream()
                .flatMap(m -> likelyDuplicates(m.getLastName(), m.getBirthDate()).stream())
                .distinct().toList();
    }

    /**
     * Changes the phone, e-mail (and whether the household receives its rent papers there) and residence
     * status, provided nobody changed the household since {@code readVersion}.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Household changeContactsAndStatus(long id, long readVersion, String phone, String email,
            boolean papersByEmail, ResidenceStatus status) {
        Household household = current(id, readVersion);
        household.contactDetails(household.getAddress(), phone, email);
        household.papersByEmail(papersByEmail);
        household.residenceStatus(status);
        return household;
    }

    /** A new address and resources from {@code since}; the previous ones stay in the household's history. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Household changeSituation(long id, long readVersion, LocalDate since, String address,
            Composition composition, ResourceType mainResource, Money monthlyResources) {
        Household household = current(id, readVersion);
        household.moveOn(since, address, composition, mainResource, monthlyResources,
                caller.getCallerPrincipal().getName());
        return household;
    }

    /** A member joins the household. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Household addMember(long id, long readVersion, Person member) {
        Household household = current(id, readVersion);
        household.add(member);
        return household;
    }

    /** Corrects who a member is. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Household correctMember(long id, long readVersion, long personId, String lastName, String firstName,
            LocalDate birthDate, String sex, Relationship relationship) {
        Household household = current(id, readVersion);
        household.correctMember(personId, lastName, firstName, birthDate, sex, relationship);
        return household;
    }

    /** A member leaves the household on {@code on}: recorded, the member stays in the file. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Household memberLeaves(long id, long readVersion, long personId, LocalDate on) {
        Household household = current(id, readVersion);
        household.memberLeaves(personId, on);
        return household;
    }

    /**
     * The household, provided nobody changed it since {@code readVersion}; its version moves on with a
     * change of its members or history too.
     */
    private Household current(long id, long readVersion) {
        needToKnow.household(id);
        Household household = Entities.require(em, Household.class, id);
        ConcurrentEditException.unlessUnchanged(Household.class, household.getVersion(), readVersion);
        em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return household;
    }

    /** Changes what is known of a household, provided nobody changed it since {@code readVersion}. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Household updateHousehold(long id, long readVersion, Update update) {
        needToKnow.household(id);
        Household household = Entities.require(em, Household.class, id);
        ConcurrentEditException.unlessUnchanged(Household.class, household.getVersion(), readVersion);
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
        Household household = Entities.require(em, Household.class, id);
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
        return searchHouseholds(HouseholdQuery.of(name, birthDate, reference), order, descending, first, max);
    }

    /**
     * A page of the households found by what a search box holds (reference, birth date, phone, name
     * or address: see {@link HouseholdQuery}), sorted on {@code order} then by reference, in the database.
     */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public List<Household> searchHouseholds(HouseholdQuery search, HouseholdOrder order, boolean descending,
            int first, int max) {
        SearchConditions matching = matching(search);
        SearchConditions reach = needToKnow.restriction().households("h.id");
        TypedQuery<Household> query = em.createQuery("select h from Household h left join h.members hd"
                + " on hd.relationship = :head where h.id in (" + PEOPLE + matching.where() + ")"
                + reach.and() + " order by " + order.jpql(descending) + ", h.reference", Household.class);
        query.setParameter("head", Relationship.HEAD);
        matching.bind(query);
        reach.bind(query);
        List<Household> found = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500))
                .getResultList();
        audit.recordSearch("HouseholdSearch", found.size());
        return found;
    }

    /** How many households {@link #searchHouseholds} finds in all, for paging. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public long countHouseholds(String name, LocalDate birthDate, String reference) {
        return countHouseholds(HouseholdQuery.of(name, birthDate, reference));
    }

    /** How many households a search box's query finds in all, for paging. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public long countHouseholds(HouseholdQuery search) {
        SearchConditions matching = matching(search);
        SearchConditions reach = needToKnow.restriction().households("h.id");
        TypedQuery<Long> query = em.createQuery("select count(h) from Household h where h.id in (" + PEOPLE
                + matching.where() + ")" + reach.and(), Long.class);
        matching.bind(query);
        return reach.bind(query).getSingleResult();
    }

    /** Display names ("DUPONT Marie") of the households given, for lists that show other records. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            SearchConditions reach = needToKnow.restriction().households("h.id");
            reach.bind(em.createQuery("select h from Household h where h.id in :ids" + reach.and(), Household.class))
                    .setParameter("ids", ids).getResultList()
                    .forEach(h -> names.put(h.getId(), h.getDisplayName()));
        }
        return names;
    }

    /** The people whose household a search finds, on the conditions of {@link #matching}. */
    private static final String PEOPLE = "select m.household.id from Person m";

    private static SearchConditions matching(HouseholdQuery search) {
        String name = search.name() != null ? search.name() : search.text();
        String namePrefix = name == null ? null : escape(name) + "%";
        String phone = search.phoneDigits();
        return SearchConditions.jpql()
                .and("(lower(m.lastName) like ? or lower(m.firstName) like ?)",
                        search.name() == null ? null : namePrefix, namePrefix)
                .and("(lower(m.lastName) like ? or lower(m.firstName) like ? or lower(m.household.address) like ?)",
                        search.text() == null ? null : namePrefix, namePrefix,
                        search.text() == null ? null : "%" + escape(search.text()) + "%")
                .and("m.birthDate = ?", search.birthDate())
                .and("m.household.reference = ?", search.reference() == null ? null
                        : search.reference().trim().toUpperCase())
                // 06 12 34 56 78 and +33 6 12 34 56 78 are the same number: match on the last nine digits.
                .and("function('regexp_replace', m.household.phone, '[^0-9]', '', 'g') like ?",
                        phone == null ? null : "%" + phone.substring(Math.max(0, phone.length() - 9)));
    }

    private static String escape(String text) {
        return text.trim().toLowerCase().replace("%", "").replace("_", "");
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
