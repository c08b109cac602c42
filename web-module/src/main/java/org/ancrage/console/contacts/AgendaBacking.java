package org.ancrage.console.contacts;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ancrage.console.Messages;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.contacts.Contact;
import org.ancrage.contacts.ContactService;
import org.ancrage.programmes.ContactType;
import org.ancrage.households.HouseholdService;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.security.Roles;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The agenda: the caller's contacts (or, for a coordinator who asks, the whole service's) in a
 * calendar loaded a view at a time; a click on a day or a slot opens the form of a new contact for
 * one of the caller's measures.
 */
@Named
@ViewScoped
public class AgendaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ContactService contacts;
    @EJB private MeasureService measures;
    @EJB private HouseholdService households;
    @Inject private CurrentUser user;
    @Inject private Messages messages;

    private boolean wholeService;
    private Long measureId;
    private LocalDateTime at;
    private ContactType type = ContactType.HOME_VISIT;
    private Integer minutes = 60;

    /** A measure of the caller's caseload, as a choice in the form. */
    public record Choice(long measureId, String label) implements Serializable {
    }

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            List<Contact> found = contacts.agenda(wholeService ? null : user.getAccountId(), start, end);
            Map<Long, String> names = households.namesOf(found.stream().map(Contact::getHouseholdId).toList());
            for (Contact contact : found) {
                int duration = contact.getDurationMinutes() == null ? 60 : Math.max(15, contact.getDurationMinutes());
                addEvent(DefaultScheduleEvent.builder()
                        .title(messages.text("enum.ContactType." + contact.getType()) + " — "
                                + names.getOrDefault(contact.getHouseholdId(), ""))
                        .startDate(contact.getOccurredAt()).endDate(contact.getOccurredAt().plusMinutes(duration))
                        .styleClass("contact-" + contact.getType().name().toLowerCase()).build());
            }
        }
    };

    public void dateSelected(SelectEvent<LocalDateTime> event) {
        at = event.getObject().getHour() == 0 ? event.getObject().withHour(10) : event.getObject();
        measureId = null;
    }

    public List<Choice> getChoices() {
        List<Measure> caseload = measures.caseload(user.getAccountId());
        Map<Long, String> names = households.namesOf(caseload.stream().map(Measure::getHouseholdId).toList());
        return caseload.stream().map(m -> new Choice(m.getId(), names.getOrDefault(m.getHouseholdId(), "") + " — "
                + m.getProgramme().getName())).toList();
    }

    public void create() {
        messages.act("agendaForm:messages", () -> {
            contacts.logContact(measureId, new Contact.Details(at, type, user.getAccountId(), minutes, null, null));
            messages.info(null, "agenda.created");
        });
    }

    public boolean isCoordinator() {
        return user.hasRole(Roles.COORDINATOR);
    }

    public List<ContactType> getTypes() {
        return Arrays.asList(ContactType.values());
    }

    public ScheduleModel getModel() {
        return model;
    }

    public boolean isWholeService() {
        return wholeService;
    }

    public void setWholeService(boolean wholeService) {
        this.wholeService = wholeService;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public void setMeasureId(Long measureId) {
        this.measureId = measureId;
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
}
