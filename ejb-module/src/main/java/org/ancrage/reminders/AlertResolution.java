package org.ancrage.reminders;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.ancrage.security.Roles;

/**
 * Alerts whose cause is gone disappear by themselves: at once when a service removes the cause
 * (a bilan written, a contact logged, a period renewed, a measure ended), and at the latest at the
 * next reminders run, which resolves every alert its deadlines no longer stand behind. A resolved
 * alert is kept (resolved_at set), never deleted, so that it is not raised again for the same
 * deadline; resolving twice changes nothing.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.DIRECTOR})
public class AlertResolution {

    /** Kinds whose cause an ended measure no longer has (all but the follow-up visit). */
    private static final List<String> WHILE_OPEN = Arrays.stream(AlertKind.values())
            .filter(k -> k != AlertKind.FOLLOW_UP_DUE).map(Enum::name).toList();

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    /** Resolves the measure's standing alerts of these kinds; how many were resolved. */
    public int resolve(long measureId, AlertKind... kinds) {
        if (kinds.length == 0) {
            return 0;
        }
        // The kinds are the enum's own names, never input: written into the statement as literals.
        String names = Arrays.stream(kinds).map(k -> "'" + k.name() + "'").collect(Collectors.joining(","));
        return em.createNativeQuery("UPDATE alert SET resolved_at = now() WHERE measure_id = ?1"
                        + " AND resolved_at IS NULL AND kind IN (" + names + ")")
                .setParameter(1, measureId)
                .executeUpdate();
    }

    /** Resolves what an ended measure no longer owes: every alert but its follow-up visit. */
    public int measureEnded(long measureId) {
        return resolve(measureId, WHILE_OPEN.stream().map(AlertKind::valueOf).toArray(AlertKind[]::new));
    }

    /**
     * For the reminders run: resolves the alerts of ended measures (all kinds but the follow-up
     * visit), and the follow-up alerts of measures whose visit was logged or is no longer due.
     */
    public int resolveWhereTheMeasureSaysSo() {
        int resolved = em.createNativeQuery("UPDATE alert a SET resolved_at = now() FROM measure m"
                + " WHERE a.measure_id = m.id AND a.resolved_at IS NULL AND m.status <> 'OPEN'"
                + " AND a.kind <> 'FOLLOW_UP_DUE'").executeUpdate();
        resolved += em.createNativeQuery("UPDATE alert a SET resolved_at = now() FROM measure m"
                + " WHERE a.measure_id = m.id AND a.resolved_at IS NULL AND a.kind = 'FOLLOW_UP_DUE'"
                + " AND (m.follow_up_due IS NULL OR m.follow_up_due <> a.due_date OR EXISTS (SELECT 1 FROM contact c"
                + " WHERE c.measure_id = m.id AND c.status = 'DONE' AND c.occurred_at >= m.end_date))")
                .executeUpdate();
        return resolved;
    }
}
