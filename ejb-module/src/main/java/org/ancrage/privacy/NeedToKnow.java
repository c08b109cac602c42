package org.ancrage.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ancrage.security.ApiKey;
import org.ancrage.security.Roles;
import org.ancrage.system.SearchConditions;

/**
 * Need to know (docs/domain.md, "Personal data"): who may see which household. A director sees every
 * service; a worker, coordinator or rental manager only the households of their own service. The
 * services call this before returning or changing anything about a household, so that a crafted
 * URL or a direct API call is refused as surely as a hidden button; each refusal is audited.
 *
 * <p>A funder-viewer reads the figures of its own funder's programmes only ({@link #fundersProgrammes()}).
 *
 * <p>The container's own identities (the {@code @RunAs} principals of demo data and batch jobs,
 * named after the roles and refused as user names) act for the whole association.
 */
@Stateless
@PermitAll
public class NeedToKnow {

    /** The service whose records the caller may see; empty for every service. */
    public record Restriction(Long serviceUnitId) {

        public static final Restriction NONE = new Restriction(null);

        /** No service at all: a user with no service assigned sees nobody's file. */
        static final Long NO_SERVICE = -1L;

        public boolean restricts() {
            return serviceUnitId != null;
        }

        /** Whether a record of {@code unitId} is within the caller's reach. */
        public boolean allows(Long unitId) {
            return !restricts() || serviceUnitId.equals(unitId);
        }

        /** The service a search may look in, when it asked for {@code requested} (null for any). */
        public Long narrow(Long requested) {
            if (!restricts()) {
                return requested;
            }
            return requested == null || requested.equals(serviceUnitId) ? serviceUnitId : NO_SERVICE;
        }

        /**
         * Keeps the households of the caller's service, on {@code householdId} (a JPQL path), in the
         * conditions of a query; none when the caller sees every service.
         */
        public SearchConditions households(String householdId, SearchConditions where) {
            return where.and(householdId + " in (select hh.id from Household hh where hh.serviceUnitId = ?)",
                    serviceUnitId);
        }

        /** The same, as conditions of their own (values named {@code :reach1…}) to follow a query's where clause. */
        public SearchConditions households(String householdId) {
            return households(householdId, SearchConditions.jpql("reach"));
        }

        /** The same for incidents, which may be about a dwelling only (then the dwelling's service decides). */
        public SearchConditions incidents(String incident, SearchConditions where) {
            return where.and("(" + incident + ".householdId in (select hh.id from Household hh"
                    + " where hh.serviceUnitId = ?) or (" + incident + ".householdId is null and "
                    + incident + ".dwellingId in (select dd.id from Dwelling dd where dd.serviceUnitId = ?)))",
                    serviceUnitId, serviceUnitId);
        }
    }

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /**
     * The caller's reach, for the services that list households or records about them. Read once
     * per transaction: a household file asks it for each of its parts.
     */
    public Restriction restriction() {
        String caller = context.getCallerPrincipal().getName();
        if (context.isCallerInRole(Roles.DIRECTOR) || Arrays.asList(Roles.ALL).contains(caller)) {
            return Restriction.NONE;
        }
        boolean inTransaction = transaction.getTransactionKey() != null;
        String key = NeedToKnow.class.getName() + ".reach:" + caller;
        if (inTransaction && transaction.getResource(key) instanceof Restriction known) {
            return known;
        }
        // An API key acts as a member of the one service it was issued for.
        List<Long> units = callersOwn("serviceUnitId", Long.class);
        Long unit = units.isEmpty() ? null : units.get(0);
        Restriction reach = new Restriction(unit == null ? Restriction.NO_SERVICE : unit);
        if (inTransaction) {
            transaction.putResource(key, reach);
        }
        return reach;
    }

    /** A field of the caller's account, or of the API key it called with (the two name them alike). */
    private <T> List<T> callersOwn(String field, Class<T> type) {
        String caller = context.getCallerPrincipal().getName();
        Optional<Long> key = ApiKey.idOf(caller);
        return key.isPresent()
                ? em.createQuery("select k." + field + " from ApiKey k where k.id = :id", type)
                        .setParameter("id", key.get()).getResultList()
                : em.createQuery("select u." + field + " from UserAccount u where u.username = :name", type)
                        .setParameter("name", caller).getResultList();
    }

    /** Refuses (and audits the attempt) unless the caller may see this household. */
    public void household(long householdId) {
        check("Household", householdId, householdId,
                "select h.serviceUnitId from Household h where h.id = :id");
    }

    /** The measure's own service decides: a referent change moves the file with it. */
    public void measure(long measureId) {
        check("Measure", measureId, householdOf("select m.householdId from Measure m where m.id = :id", measureId),
                "select m.serviceUnitId from Measure m where m.id = :id");
    }

    public void referral(long referralId) {
        household("Referral", referralId, "select r.householdId from Referral r where r.id = :id");
    }

    public void occupancy(long occupancyId) {
        household("Occupancy", occupancyId, "select o.householdId from Occupancy o where o.id = :id");
    }

    /**
     * An incident about a household follows the household's service; one about a dwelling only,
     * the service the dwelling belongs to: neither is ever open to every service.
     */
    public void incident(long incidentId) {
        Long householdId = householdOf("select i.householdId from Incident i where i.id = :id", incidentId);
        if (householdId != null) {
            check("Incident", incidentId, householdId, "select h.serviceUnitId from Household h where h.id = :id",
                    householdId);
        } else {
            check("Incident", incidentId, null, "select d.serviceUnitId from Incident i, Dwelling d"
                    + " where i.id = :id and d.id = i.dwellingId");
        }
    }

    public void repaymentPlan(long planId) {
        household("RepaymentPlan", planId, "select o.householdId from RepaymentPlan p, Occupancy o "
                + "where p.id = :id and o.id = p.occupancyId");
    }

    /** Dwellings belong to the service that manages them. */
    public void dwelling(long dwellingId) {
        check("Dwelling", dwellingId, null, "select d.serviceUnitId from Dwelling d where d.id = :id");
    }

    private void household(String what, long id, String householdQuery) {
        Long householdId = householdOf(householdQuery, id);
        if (householdId != null) {
            check(what, id, householdId, "select h.serviceUnitId from Household h where h.id = :id", householdId);
        }
    }

    private Long householdOf(String jpql, long id) {
        List<Long> found = em.createQuery(jpql, Long.class).setParameter("id", id).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private void check(String what, long id, Long householdId, String unitQuery) {
        check(what, id, householdId, unitQuery, id);
    }

    private void check(String what, long id, Long householdId, String unitQuery, long unitQueryId) {
        Restriction restriction = restriction();
        if (!restriction.restricts()) {
            return;
        }
        List<Long> units = em.createQuery(unitQuery, Long.class).setParameter("id", unitQueryId).getResultList();
        // An unknown record is left to the service's own "not found".
        if (!units.isEmpty() && !restriction.allows(units.get(0))) {
            audit.recordRefusal(what, id, householdId);
            throw new AccessRefused(what, id);
        }
    }

    /**
     * Whether the caller may read the confidential notes of a measure of {@code serviceUnitId}:
     * only the social workers and coordinators of that service, who follow the household; a
     * director or a rental manager sees that a note exists, never what it says.
     */
    public boolean mayReadConfidentialNotes(Long serviceUnitId) {
        return (context.isCallerInRole(Roles.SOCIAL_WORKER) || context.isCallerInRole(Roles.COORDINATOR))
                && restriction().allows(serviceUnitId);
    }

    /** Refuses (and audits) a record to be created in a service outside the caller's reach. */
    public void creatingIn(String what, Long serviceUnitId) {
        if (!restriction().allows(serviceUnitId)) {
            audit.recordRefusal(what, null, null);
            throw new AccessRefused(what, serviceUnitId);
        }
    }

    /**
     * The funder whose programmes a funder-viewer may read: empty for everyone else (staff read every
     * programme's figures); a funder-viewer's account or API key names its funder, and an account
     * tied to none reads no programme ({@code ""}, which no programme's funder is).
     */
    public Optional<String> fundersProgrammes() {
        String caller = context.getCallerPrincipal().getName();
        if (!context.isCallerInRole(Roles.FUNDER_VIEWER) || Arrays.asList(Roles.ALL).contains(caller)
                || Arrays.stream(Roles.ALL).filter(role -> !role.equals(Roles.FUNDER_VIEWER))
                        .anyMatch(context::isCallerInRole)) {
            return Optional.empty();
        }
        List<String> funder = callersOwn("funder", String.class);
        return Optional.of(funder.isEmpty() || funder.get(0) == null ? "" : funder.get(0));
    }

    /** Refuses (and audits) a programme's figures to a funder-viewer of another funder. */
    public void programme(long programmeId) {
        Optional<String> funder = fundersProgrammes();
        if (funder.isEmpty()) {
            return;
        }
        List<String> ofProgramme = em.createQuery("select p.funder from Programme p where p.id = :id", String.class)
                .setParameter("id", programmeId).getResultList();
        if (!ofProgramme.isEmpty() && !ofProgramme.get(0).equals(funder.get())) {
            audit.recordRefusal("ProgrammeOfAnotherFunder", programmeId, null);
            throw new AccessRefused("access.anotherFundersProgramme", "Programme", programmeId);
        }
    }
}
