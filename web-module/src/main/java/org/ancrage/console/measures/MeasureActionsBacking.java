package org.ancrage.console.measures;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureRow;
import org.ancrage.measures.MeasureService;
import org.ancrage.security.AccountService;
import org.ancrage.system.AssociationClock;

/**
 * The coordinator's actions on a measure of the list: suspend it for a while, or hand it to another
 * worker. Each works on the version read when the dialog opened, so a concurrent change is refused.
 */
@Named
@ViewScoped
public class MeasureActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeasureService measures;

    @EJB
    private AccountService accounts;

    @Inject
    private Messages messages;

    @Inject
    private CurrentUser user;

    private long measureId;
    private long readVersion;
    private long serviceUnitId;
    private String household;
    private LocalDate from;
    private LocalDate to;
    private String reason;
    private Long workerId;
    private List<AccountService.StaffMember> workers = List.of();

    /** Opens a dialog on the measure as it is now. */
    public void prepare(MeasureRow row) {
        Measure measure = measures.getMeasure(row.id());
        measureId = measure.getId();
        readVersion = measure.getVersion();
        serviceUnitId = measure.getServiceUnitId();
        household = row.householdName();
        from = AssociationClock.today();
        to = null;
        reason = null;
        workerId = null;
        // A coordinator hands measures over within their own service; the service would refuse others.
        Long reach = user.getServiceUnitId();
        workers = accounts.socialWorkers(serviceUnitId).stream()
                .filter(w -> w.id() != measure.getReferentWorkerId())
                .filter(w -> reach == null || reach.equals(w.serviceUnitId())).toList();
    }

    public void suspend() {
        messages.act("suspendForm:messages", () -> {
            measures.suspendMeasure(measureId, readVersion, from, to, reason);
            messages.info("search:messages", "measures.suspended", household);
        });
    }

    /** Hands the measure to the chosen worker, in that worker's service (a transfer when it differs). */
    public void changeReferent() {
        long unit = workers.stream().filter(w -> w.id() == workerId).findFirst()
                .map(AccountService.StaffMember::serviceUnitId).orElse(serviceUnitId);
        messages.act("referentForm:messages", () -> {
            measures.changeReferent(measureId, readVersion, from, workerId, unit);
            messages.info("search:messages", "measures.referentChanged", household);
        });
    }

    public String getHousehold() {
        return household;
    }

    public List<AccountService.StaffMember> getWorkers() {
        return workers;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }
}
