package org.ancrage.console.home;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ancrage.console.Messages;
import org.ancrage.households.HouseholdService;
import org.ancrage.reminders.Alert;
import org.ancrage.reminders.AlertService;
import org.ancrage.system.AssociationClock;

/** The caller's deadline alerts on the home page, soonest first; each can be marked seen. */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AlertService alerts;

    @EJB
    private HouseholdService households;

    @Inject
    private Messages messages;

    /** One alert as listed. */
    public record Row(long id, String kind, LocalDate dueDate, boolean late, long householdId, String household)
            implements Serializable {
    }

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            List<Alert> unseen = alerts.unseenAlerts(50);
            Map<Long, String> names = households.namesOf(unseen.stream().map(Alert::getHouseholdId).toList());
            LocalDate today = AssociationClock.today();
            rows = unseen.stream().map(a -> new Row(a.getId(), a.getKind().name(), a.getDueDate(), a.isLate(today),
                    a.getHouseholdId(), names.getOrDefault(a.getHouseholdId(), "—"))).toList();
        }
        return rows;
    }

    public void seen(long alertId) {
        messages.act("alerts:messages", () -> {
            alerts.markSeen(alertId);
        });
        rows = null;
    }
}
