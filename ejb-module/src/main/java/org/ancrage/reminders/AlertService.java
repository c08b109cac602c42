package org.ancrage.reminders;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.NotFoundException;

/** The caller's own alerts, as the console's home page shows them. */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER, Roles.DIRECTOR})
public class AlertService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /** The caller's alerts not seen yet, soonest deadline first. */
    public List<Alert> unseenAlerts(int max) {
        return em.createQuery("select a from Alert a, UserAccount u where u.username = :me and a.recipientId = u.id"
                        + " and a.seenAt is null and a.resolvedAt is null order by a.dueDate, a.id", Alert.class)
                .setParameter("me", caller.getCallerPrincipal().getName())
                .setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
    }

    public long countUnseenAlerts() {
        return em.createQuery("select count(a) from Alert a, UserAccount u where u.username = :me"
                        + " and a.recipientId = u.id and a.seenAt is null and a.resolvedAt is null", Long.class)
                .setParameter("me", caller.getCallerPrincipal().getName()).getSingleResult();
    }

    /** Marks one of the caller's alerts seen; someone else's is "not found". */
    public Alert markSeen(long alertId) {
        Alert alert = em.find(Alert.class, alertId);
        Long me = em.createQuery("select u.id from UserAccount u where u.username = :me", Long.class)
                .setParameter("me", caller.getCallerPrincipal().getName()).getResultStream().findFirst().orElse(null);
        if (alert == null || !alert.getRecipientId().equals(me)) {
            throw new NotFoundException(Alert.class, alertId);
        }
        alert.seen(AssociationClock.instant());
        return alert;
    }
}
