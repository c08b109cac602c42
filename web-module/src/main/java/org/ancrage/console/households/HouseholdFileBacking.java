package org.ancrage.console.households;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.ancrage.console.Messages;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.casefile.HouseholdFileService;
import org.ancrage.contacts.Contact;
import org.ancrage.contacts.ContactService;
import org.ancrage.contacts.ContactStatus;
import org.ancrage.programmes.ContactType;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.InsuranceCertificate;
import org.ancrage.housing.Occupancy;
import org.ancrage.measures.Decision;
import org.ancrage.measures.Evaluation;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.measures.MeasureStatus;
import org.ancrage.mediation.Incident;
import org.ancrage.rent.Arrears;
import org.ancrage.rent.PlanFollowUp;
import org.ancrage.rent.RentAccount;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.DomainException;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * A household's file: who they are, their measures, contacts, dwelling, rent and incidents, and
 * the day-to-day actions on it (log a contact, write an evaluation, renew). Every action goes to
 * a service; a refusal is shown where it was asked, in the user's language.
 */
@Named
@ViewScoped
public class HouseholdFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private HouseholdService households;
    @EJB private MeasureService measures;
    @EJB private ContactService contacts;
    @EJB private HouseholdFileService file;
    @Inject private Messages messages;
    @Inject private CurrentUser user;

    private Long id;
    private Household household;
    private List<Measure> measureList = List.of();
    private List<Contact> contactList = List.of();
    private List<Incident> incidentList = List.of();
    private List<InsuranceCertificate> insuranceList = List.of();
    private List<PlanFollowUp> planList = List.of();
    private Occupancy occupancy;
    /** The measures under which the household has been housed (in the dwelling it lives in or one it left). */
    private Set<Long> housedMeasures = Set.of();
    private Dwelling dwelling;
    private RentAccount account;

    private Long actionMeasureId;
    private LocalDateTime contactAt;
    private ContactType contactType = ContactType.HOME_VISIT;
    private Integer contactMinutes = 60;
    private String contactTopics;
    private String contactNote;
    private LocalDate evaluationOn;
    private String assessment;
    private String gains;
    private String remainingNeeds;
    private LocalDate sentOn;
    private Decision proposedDecision = Decision.RENEW;
    private int activeTab;

    /** Loads the file named in the address ({@code ?id=}); the opening is audited by the service. */
    public void load() {
        if (id == null) {
            return;
        }
        household = households.getHouseholdFile(id);
        refresh();
    }

    /** Reads the file again after an action taken from another part of the page. */
    public void reload() {
        refresh();
    }

    /**
     * The one rule of the file's dialogs (and of the actions pressed on the file itself): a success is
     * said once, in the growl, and the file is read and drawn again on the tab it was; the file's
     * message area and the dialogs show refusals only (household.xhtml: the growl takes the
     * information messages, the message areas the errors), so nothing is said twice.
     */
    public void done(String key, Object... args) {
        messages.info(null, key, args);
        refresh();
        PrimeFaces.current().ajax().update("file", "growl");
    }

    /**
     * Runs an action of one of the file's dialogs or of the file itself: a refusal is shown where it was
     * asked and only there — {@code clientId} is the dialog's message area (its form stays open with what
     * was typed), or null for an action pressed on the file itself, said in the file's message area (see
     * {@link Messages#act(String, Messages.Action)}). After a change made meanwhile by someone else, the
     * file is read again, so that the dialog opened anew works on the current version.
     *
     * @return whether the action went through
     */
    public <X extends Exception> boolean act(String clientId, Messages.Action<X> action) throws X {
        return messages.act(clientId, action, e -> readAgainAfterConflict(clientId, e));
    }

    /**
     * A file for the browser to save, made by {@code send} as an action of the file ({@link #act}): when
     * it is refused, the refusal is said at {@code clientId} and nothing is sent.
     */
    public StreamedContent send(String clientId, Supplier<StreamedContent> send) {
        AtomicReference<StreamedContent> download = new AtomicReference<>();
        act(clientId, () -> download.set(send.get()));
        return download.get();
    }

    /** The reader's language, which the papers printed from the file speak. */
    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private void readAgainAfterConflict(String clientId, DomainException e) {
        if (e instanceof ConcurrentEditException) {
            household = households.getHouseholdFile(id);
            refresh();
        }
        if (clientId == null) {
            PrimeFaces.current().ajax().update("file:messages");
        }
    }

    /** The household was changed from one of the identity tab's dialogs: read again, with its new version. */
    public void householdChanged(String key) {
        household = households.getHouseholdFile(id);
        done(key);
    }

    /** The file's parts read again, in one call (HouseholdFileService). */
    private void refresh() {
        HouseholdFileService.Parts parts = file.partsOf(id);
        measureList = parts.measures();
        contactList = parts.contacts();
        incidentList = parts.incidents();
        occupancy = parts.occupancy();
        housedMeasures = parts.housedMeasures();
        dwelling = parts.dwelling();
        account = parts.account();
        insuranceList = parts.insurance();
        planList = parts.plans();
    }

    public void prepareContact(Measure measure) {
        actionMeasureId = measure.getId();
        contactAt = AssociationClock.now();
        contactTopics = null;
        contactNote = null;
    }

    public void logContact() {
        act("contactForm:contactMessages", () -> {
            Contact logged = contacts.logContact(actionMeasureId, new Contact.Details(contactAt, contactType,
                    user.getAccountId(), contactMinutes, contactTopics, contactNote));
            done(logged.getStatus() == ContactStatus.PLANNED ? "file.contact.planned" : "file.contact.logged");
        });
    }

    public void prepareEvaluation(Measure measure) {
        actionMeasureId = measure.getId();
        evaluationOn = AssociationClock.today();
        assessment = null;
        proposedDecision = Decision.offeredBy(measure.getProgramme()).iterator().next();
        gains = null;
        remainingNeeds = null;
        sentOn = null;
    }

    public void evaluate() {
        act("evaluationForm:evaluationMessages", () -> {
            Measure measure = measureOf(actionMeasureId);
            measures.evaluateMeasure(measure.getId(), measure.getVersion(), new Evaluation(evaluationOn,
                    user.getAccountId(), assessment, gains, remainingNeeds, proposedDecision).sentOn(sentOn));
            done("file.evaluation.written");
        });
    }

    private Measure measureOf(Long measureId) {
        return measureList.stream().filter(m -> m.getId().equals(measureId)).findFirst()
                .orElseGet(() -> measures.getMeasure(measureId));
    }

    public Optional<Arrears> getArrears() {
        return Optional.ofNullable(account).map(a -> a.arrearsOn(AssociationClock.today()));
    }

    public List<ContactType> getContactTypes() {
        return List.of(ContactType.values());
    }

    /** The decisions a bilan may propose, as the measure's programme offers them (a diagnostic has its own). */
    public List<Decision> getDecisions() {
        return actionMeasureId == null ? List.of(Decision.values())
                : List.copyOf(Decision.offeredBy(measureOf(actionMeasureId).getProgramme()));
    }

    /** The tab shown, kept across the dialogs' updates of the file. */
    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public void tabChanged(org.primefaces.event.TabChangeEvent<?> event) {
        List<jakarta.faces.component.UIComponent> shown = event.getComponent().getChildren().stream()
                .filter(jakarta.faces.component.UIComponent::isRendered).toList();
        activeTab = Math.max(0, shown.indexOf(event.getTab()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Household getHousehold() {
        return household;
    }

    public List<Measure> getMeasures() {
        return measureList;
    }

    public List<Contact> getContacts() {
        return contactList;
    }

    public List<Incident> getIncidents() {
        return incidentList;
    }

    /** The household's home insurance certificates, latest expiry first. */
    public List<InsuranceCertificate> getInsurance() {
        return insuranceList;
    }

    /** The repayment plans of the current occupancy, newest first, each as it stands today. */
    public List<PlanFollowUp> getRepaymentPlans() {
        return planList;
    }

    /**
     * Whether {@code measure} is in its pre-entry phase: open, of a programme that includes the housing,
     * and the household not yet housed under it (e.g. IML under management mandate, whose support starts
     * before the household moves in).
     */
    public boolean beforeEntry(Measure measure) {
        return measure.getStatus() != MeasureStatus.ENDED && measure.getProgramme().isHousingIncluded()
                && !housedMeasures.contains(measure.getId());
    }

    public Occupancy getOccupancy() {
        return occupancy;
    }

    public Dwelling getDwelling() {
        return dwelling;
    }

    public RentAccount getAccount() {
        return account;
    }

    public LocalDateTime getContactAt() {
        return contactAt;
    }

    public void setContactAt(LocalDateTime contactAt) {
        this.contactAt = contactAt;
    }

    public ContactType getContactType() {
        return contactType;
    }

    public void setContactType(ContactType contactType) {
        this.contactType = contactType;
    }

    public Integer getContactMinutes() {
        return contactMinutes;
    }

    public void setContactMinutes(Integer contactMinutes) {
        this.contactMinutes = contactMinutes;
    }

    public String getContactTopics() {
        return contactTopics;
    }

    public void setContactTopics(String contactTopics) {
        this.contactTopics = contactTopics;
    }

    public String getContactNote() {
        return contactNote;
    }

    public void setContactNote(String contactNote) {
        this.contactNote = contactNote;
    }

    public LocalDate getEvaluationOn() {
        return evaluationOn;
    }

    public void setEvaluationOn(LocalDate evaluationOn) {
        this.evaluationOn = evaluationOn;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getGains() {
        return gains;
    }

    public void setGains(String gains) {
        this.gains = gains;
    }

    public String getRemainingNeeds() {
        return remainingNeeds;
    }

    public void setRemainingNeeds(String remainingNeeds) {
        this.remainingNeeds = remainingNeeds;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public Decision getProposedDecision() {
        return proposedDecision;
    }

    public void setProposedDecision(Decision proposedDecision) {
        this.proposedDecision = proposedDecision;
    }
}
