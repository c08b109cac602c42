package org.ancrage.contacts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ancrage.measures.Measure;
import org.ancrage.privacy.AuditService;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.security.UserAccount;
import org.ancrage.system.NotFoundException;

/** Contacts with households, and the cadence of each measure against its programme. */
@Stateless
public class ContactService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @EJB
    private NeedToKnow needToKnow;

    @Resource
    private SessionContext context;

    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Contact logContact(long measureId, Contact.Details details) {
        needToKnow.measure(measureId);
        Measure measure = measure(measureId);
        mayActFor(details.workerId());
        Contact contact = new Contact(measureId, measure.getHouseholdId(), details.occurredAt(), details.type(),
                details.workerId(), details.durationMinutes(), details.topics(), details.confidentialNote());
        em.persist(contact);
        return contact;
    }

    /**
     * Refuses a contact logged in the name of anyone but the caller, unless the caller coordinates
     * the worker's service. The container's own identities (demo data, tests' run-as) act for all.
     */
    private void mayActFor(Long workerId) {
        String caller = context.getCallerPrincipal().getName();
        if (java.util.Arrays.asList(Roles.ALL).contains(caller)) {
            return;
        }
        List<UserAccount> me = em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", caller).getResultList();
        UserAccount worker = workerId == null ? null : em.find(UserAccount.class, workerId);
        if (me.isEmpty() || worker == null) {
            throw new ContactWorkerRefused(workerId);
        }
        if (me.get(0).getId().equals(worker.getId())) {
            return;
        }
        boolean coordinatesTheWorker = context.isCallerInRole(Roles.COORDINATOR) && me.get(0).getServiceUnitId() != null
                && me.get(0).getServiceUnitId().equals(worker.getServiceUnitId());
        if (!coordinatesTheWorker) {
            throw new ContactWorkerRefused(workerId);
        }
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Contact> contactsOfMeasure(long measureId) {
        needToKnow.measure(measureId);
        List<Contact> contacts = em.createQuery(
                "select c from Contact c where c.measureId = :measure order by c.occurredAt desc", Contact.class)
                .setParameter("measure", measureId).getResultList();
        audit.recordRead("MeasureContacts", measureId, measure(measureId).getHouseholdId());
        if (!needToKnow.mayReadConfidentialNotes(measure(measureId).getServiceUnitId())) {
            contacts.forEach(contact -> {
                em.detach(contact);
                contact.withholdConfidentialNote();
            });
        }
        return contacts;
    }

    /**
     * Contacts between two moments, for the agenda: one worker's ({@code workerId}), or every
     * contact within the caller's reach when it is null. Notes are not part of an agenda: the
     * contacts are detached with them withheld.
     */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Contact> agenda(Long workerId, LocalDateTime from, LocalDateTime to) {
        TypedQuery<Contact> query = em.createQuery("select c from Contact c where c.occurredAt >= :from"
                + " and c.occurredAt < :to" + (workerId == null ? "" : " and c.workerId = :worker")
                + needToKnow.restriction().householdCondition("c.householdId") + " order by c.occurredAt",
                Contact.class).setParameter("from", from).setParameter("to", to);
        if (workerId != null) {
            query.setParameter("worker", workerId);
        }
        List<Contact> contacts = query.setMaxResults(2000).getResultList();
        contacts.forEach(contact -> {
            em.detach(contact);
            contact.withholdConfidentialNote();
        });
        return contacts;
    }

    /** The measure's cadence on {@code on}: contacts counted, next one due, late or not. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public CadenceStatus cadenceOf(long measureId, LocalDate on) {
        Measure measure = measure(measureId);
        return CadenceStatus.of(measure.getProgramme().getCadence(), measure.getStart(),
                contactsOfMeasure(measureId), on);
    }

    private Measure measure(long id) {
        return Optional.ofNullable(em.find(Measure.class, id)).orElseThrow(() -> new NotFoundException("Measure", id));
    }
}
