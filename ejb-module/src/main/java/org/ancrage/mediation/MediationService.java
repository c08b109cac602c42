package org.ancrage.mediation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ancrage.housing.Dwelling;
import org.ancrage.households.Household;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.ancrage.system.SearchConditions;

/** Incidents and the association's mediation: report, act, resolve; seen from the household and the dwelling. */
@Stateless
public class MediationService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @EJB
    private NeedToKnow needToKnow;

    @Resource
    private SessionContext caller;

    /** An incident as reported. */
    public record Report(IncidentKind kind, Long householdId, Long dwellingId, LocalDate occurredOn,
            String description, Set<Party> parties) {
    }

    /** Records an incident; the landlord is the dwelling's. */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Incident reportIncident(Report report) {
        if (report.dwellingId() != null) {
            needToKnow.dwelling(report.dwellingId());
        }
        if (report.householdId() != null) {
            needToKnow.household(report.householdId());
        }
        Long landlordId = null;
        if (report.dwellingId() != null) {
            landlordId = Entities.require(em, Dwelling.class, report.dwellingId()).getLandlordId();
        }
        if (report.householdId() != null) {
            Entities.require(em, Household.class, report.householdId());
        }
        Incident incident = new Incident(report.kind(), report.householdId(), report.dwellingId(), landlordId,
                report.occurredOn(), report.description(), report.parties());
        em.persist(incident);
        return incident;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Incident recordAction(long incidentId, long readVersion, LocalDate on, Party with, String description) {
        needToKnow.incident(incidentId);
        Incident incident = current(incidentId, readVersion);
        em.lock(incident, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a new action is a change of the incident
        incident.act(on, with, description, caller.getCallerPrincipal().getName());
        return incident;
    }

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Incident resolveIncident(long incidentId, long readVersion, LocalDate on, String resolution) {
        needToKnow.incident(incidentId);
        Incident incident = current(incidentId, readVersion);
        incident.resolve(on, resolution);
        return incident;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Incident getIncident(long id) {
        needToKnow.incident(id);
        Incident incident = Entities.require(em, Incident.class, id);
        audit.recordRead("Incident", id, incident.getHouseholdId());
        return incident;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Incident> incidentsOfHousehold(long householdId) {
        needToKnow.household(householdId);
        audit.recordRead("HouseholdIncidents", householdId, householdId);
        return em.createQuery("select i from Incident i where i.householdId = :h order by i.occurredOn desc, i.id desc",
                Incident.class).setParameter("h", householdId).getResultList();
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Incident> incidentsOfDwelling(long dwellingId) {
        needToKnow.dwelling(dwellingId);
        return em.createQuery("select i from Incident i where i.dwellingId = :d order by i.occurredOn desc, i.id desc",
                Incident.class).setParameter("d", dwellingId).getResultList();
    }

    /** Incidents not resolved yet, oldest first, optionally of one kind. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public List<Incident> openIncidents(IncidentKind kind, int first, int max) {
        return openIncidents(kind, IncidentOrder.OLDEST_FIRST, first, max);
    }

    /** A page of the incidents not resolved yet within the caller's reach, optionally of one kind, in {@code order}. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public List<Incident> openIncidents(IncidentKind kind, IncidentOrder order, int first, int max) {
        SearchConditions where = openIncidentsWhere(kind);
        return where.bind(em.createQuery("select i from Incident i" + where.where() + " order by "
                + (order == null ? IncidentOrder.OLDEST_FIRST : order).jpql(), Incident.class)).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500))
                .getResultList();
    }

    /** How many incidents {@link #openIncidents} would list in all, on the same conditions. */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public long countOpenIncidents(IncidentKind kind) {
        SearchConditions where = openIncidentsWhere(kind);
        return where.bind(em.createQuery("select count(i) from Incident i" + where.where(), Long.class))
                .getSingleResult();
    }

    /** Unresolved, within the caller's service (need to know), optionally of one kind. */
    private SearchConditions openIncidentsWhere(IncidentKind kind) {
        return needToKnow.restriction().incidents("i", SearchConditions.jpql().and("i.resolvedOn is null"))
                .and("i.kind = ?", kind);
    }

    private Incident current(long id, long readVersion) {
        Incident incident = Entities.require(em, Incident.class, id);
        ConcurrentEditException.unlessUnchanged(Incident.class, incident.getVersion(), readVersion);
        return incident;
    }

}
