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
import org.ancrage.reminders.AlertKind;
import org.ancrage.reminders.AlertResolution;
import org.ancrage.security.Roles;
import org.ancrage.security.UserAccount;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.ancrage.system.SearchConditions;

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
    @EJB
    private AlertResolution alerts;

    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Contact logContact(long measureId, Contact.Details details) {
        needToKnow.measure(measureId);
        Measure measure = measure(measureId);
        mayActFor(details.workerId());
        Contact contact = new Contact(measureId, measure.getHouseholdId(), details.occurredAt(), details.type(),
                details.workerId(), details.durationMinutes(), details.topics(), details.confidentialNote());
        contact.loggedBy(callerId(), AssociationClock.now());
        em.persist(contact);
        contactDone(contact);
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

    /** The appointment took place: what was said is written now, and it counts as done. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Contact holdAppointment(long contactId, long readVersion, Integer durationMinutes, String topics,
            String confidentialNote) {
        Contact contact = own(contactId, readVersion);
        contact.held(AssociationClock.now(), durationMinutes, topics, confidentialNote);
        contactDone(contact);
        return contact;
    }

    /** The household did not come to the appointment. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Contact missAppointment(long contactId, long readVersion) {
        Contact contact = own(contactId, readVersion);
        contact.missed(AssociationClock.now());
        return contact;
    }

    /** Its author corrects a contact (the audit trail keeps what it said before). */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Contact correctContact(long contactId, long readVersion, Contact.Details details) {
        Contact contact = own(contactId, readVersion);
        contact.corrected(details, AssociationClock.now());
        contactDone(contact);
        return contact;
    }

    /** Its author cancels a contact: it stays on the file as cancelled, with the reason, and counts nowhere. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Contact cancelContact(long contactId, long readVersion, String reason) {
        Contact contact = own(contactId, readVersion);
        contact.cancelled(reason);
        return contact;
    }

    /** A contact of the caller's own, at the version they read. */
    private Contact own(long contactId, long readVersion) {
        Contact contact = Entities.require(em, Contact.class, contactId);
        needToKnow.measure(contact.getMeasureId());
        if (!contact.isAuthoredBy(callerId())) {
            throw new ContactRefused("contact.notAuthor");
        }
        ConcurrentEditException.unlessUnchanged(Contact.class, contact.getVersion(), readVersion);
        return contact;
    }

    /** A done contact removes the causes of the cadence alert, and after the end, of the follow-up one. */
    private void contactDone(Contact contact) {
        if (contact.getStatus() != ContactStatus.DONE) {
            return;
        }
        em.flush();
        Measure measure = measure(contact.getMeasureId());
        if (measure.getProgramme().getCadence().counts(contact.getType())) {
            alerts.resolve(measure.getId(), AlertKind.CONTACT_LATE);
        }
        if (measure.getEndDate() != null && !contact.getOccurredAt().toLocalDate().isBefore(measure.getEndDate())) {
            alerts.resolve(measure.getId(), AlertKind.FOLLOW_UP_DUE);
        }
    }

    private Long callerId() {
        return em.createQuery("select u.id from UserAccount u where u.username = :me", Long.class)
                .setParameter("me", context.getCallerPrincipal().getName()).getResultStream().findFirst().orElse(null);
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
     * contact within the caller's reach when it is null; appointments planned are there, cancelled
     * contacts are not. Notes are not part of an agenda: the
     * contacts are detached with them withheld.
     */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<Contact> agenda(Long workerId, LocalDateTime from, LocalDateTime to) {
        SearchConditions whose = needToKnow.restriction().households("c.householdId",
                SearchConditions.jpql().and("c.workerId = ?", workerId));
        TypedQuery<Contact> query = whose.bind(em.createQuery("select c from Contact c where c.occurredAt >= :from"
                + " and c.occurredAt < :to and c.status <> :cancelled" + whose.and() + " order by c.occurredAt",
                Contact.class)).setParameter("from", from).setParameter("to", to)
                .setParameter("cancelled", ContactStatus.CANCELLED);
        List<Contact> contacts = query.setMaxResults(2000).getResultList();
        contacts.forEach(contact -> {
            em.detach(contact);
            contact.withholdConfidentialNote();
        });
        return contacts;
    }

    /**
     * When the follow-up visit of an ended measure is due, as long as no contact was held since the
     * end (UDAF 55: 6 months after the end); nothing for a measure without one, or once it is logged.
     */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public Optional<LocalDate> followUpVisitDue(long measureId) {
        needToKnow.measure(measureId);
        Measure measure = measure(measureId);
        if (measure.getFollowUpDue() == null || measure.getEndDate() == null) {
            return Optional.empty();
        }
        boolean logged = !em.createQuery("select c.id from Contact c where c.measureId = :measure"
                        + " and c.status = :done and c.occurredAt >= :end", Long.class)
                .setParameter("measure", measureId).setParameter("done", ContactStatus.DONE)
                .setParameter("end", measure.getEndDate().atStartOfDay()).setMaxResults(1).getResultList().isEmpty();
        return logged ? Optional.empty() : Optional.of(measure.getFollowUpDue());
    }

    /** The measure's cadence on {@code on}: contacts counted, next one due, late or not. */
    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public CadenceStatus cadenceOf(long measureId, LocalDate on) {
        Measure measure = measure(measureId);
        return CadenceStatus.of(measure.getProgramme().getCadence(), measure.getStart(),
                contactsOfMeasure(measureId), on);
    }

    private Measure measure(long id) {
        return Entities.require(em, Measure.class, id);
    }
}
