package org.ancrage.console.contacts;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.contacts.Contact;
import org.ancrage.contacts.ContactService;
import org.ancrage.programmes.ContactType;
import org.ancrage.measures.Measure;
import org.ancrage.security.Roles;

/**
 * A contact of the household file changed by its author: an appointment held (what was said) or
 * missed, a contact corrected, or cancelled with the reason. Also the follow-up visit and the
 * diagnostic report each measure still owes, shown on the contacts tab. The service refuses what
 * its author may not do; the file is read again and stays on its tab.
 */
@Named
@ViewScoped
public class ContactChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the dialog does. */
    public enum Mode { HOLD, CORRECT, CANCEL }

    @EJB private ContactService contacts;
    @Inject private HouseholdFileBacking file;
    @Inject private CurrentUser user;

    private Mode mode = Mode.CORRECT;
    private long contactId;
    private long readVersion;
    private Long workerId;
    private LocalDateTime at;
    private ContactType type;
    private Integer minutes;
    private String topics;
    private String note;
    private String reason;

    public void prepare(Contact contact, String what) {
        mode = Mode.valueOf(what);
        contactId = contact.getId();
        readVersion = contact.getVersion();
        workerId = contact.getWorkerId();
        at = contact.getOccurredAt();
        type = contact.getType();
        minutes = contact.getDurationMinutes();
        topics = contact.getTopics();
        note = contact.getConfidentialNote();
        reason = null;
    }

    public void save() {
        file.act("contactChangeForm:messages", () -> {
            switch (mode) {
                case HOLD -> contacts.holdAppointment(contactId, readVersion, minutes, topics, note);
                case CORRECT -> contacts.correctContact(contactId, readVersion,
                        new Contact.Details(at, type, workerId, minutes, topics, note));
                case CANCEL -> contacts.cancelContact(contactId, readVersion, reason);
                default -> throw new IllegalStateException(mode.name());
            }
            said(switch (mode) {
                case HOLD -> "contact.change.held";
                case CORRECT -> "contact.change.corrected";
                default -> "contact.change.cancelled";
            });
        });
    }

    /** The household did not come: the appointment is kept as missed. */
    public void missed(Contact contact) {
        file.act(null, () -> {
            contacts.missAppointment(contact.getId(), contact.getVersion());
            said("contact.change.missed");
        });
    }

    /** Said once, as every dialog of the file says it (HouseholdFileBacking#done). */
    private void said(String key) {
        file.done(key);
    }

    /** When the follow-up visit of this ended measure is due, until a contact since the end is logged. */
    public LocalDate followUpDue(Measure measure) {
        // What was said at contacts is not the rental manager's business: no follow-up shown to them.
        boolean caseWork = user.hasRole(Roles.SOCIAL_WORKER) || user.hasRole(Roles.COORDINATOR)
                || user.hasRole(Roles.DIRECTOR);
        return measure.getEndDate() == null || !caseWork ? null
                : contacts.followUpVisitDue(measure.getId()).orElse(null);
    }

    /** The diagnostic report due to the requesting body, while not written. */
    public LocalDate diagnosticDue(Measure measure) {
        return measure.getEndDate() != null ? null : measure.diagnosticReportDue().orElse(null);
    }

    public List<ContactType> getContactTypes() {
        return List.of(ContactType.values());
    }

    public Mode getMode() {
        return mode;
    }

    public String getModeName() {
        return mode.name();
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public ContactType getType() {
        return type;
    }

    public void setType(ContactType type) {
        this.type = type;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
