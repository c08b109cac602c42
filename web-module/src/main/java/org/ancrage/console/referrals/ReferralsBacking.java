package org.ancrage.console.referrals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ancrage.console.Messages;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.referrals.InterviewOutcome;
import org.ancrage.referrals.Referral;
import org.ancrage.referrals.ReferralService;
import org.ancrage.security.AccountService;
import org.ancrage.system.AssociationClock;

/**
 * The waiting list of a programme, or of all at once (referrals are received from the household's
 * file): a coordinator records the admission interview, admits a referral, naming the referent worker (the service opens the measure), or refuses it with
 * a reason.
 */
@Named
@ViewScoped
public class ReferralsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ReferralService referrals;
    @EJB private ProgrammeService programmes;
    @EJB private HouseholdService households;
    @EJB private AccountService accounts;
    @Inject private Messages messages;

    private Long programmeId;
    private List<Referral> waiting;
    private Map<Long, String> names;

    // the referral being decided
    private Long decidedId;
    private Long referentId;
    private LocalDate start = AssociationClock.today();
    private String reason;
    private List<AccountService.StaffMember> socialWorkers = List.of();

    /** The choice of the list that shows every programme's waiting referrals at once. */
    public static final long ALL_PROGRAMMES = 0L;

    private Map<Long, String> programmeNames;

    // the admission interview being recorded
    private LocalDate interviewOn;
    private String interviewAttendees;
    private String interviewNotes;
    private InterviewOutcome interviewOutcome;

    public List<Programme> getProgrammes() {
        return programmes.programmesRun().stream().filter(Programme::isActive).toList();
    }

    public List<Referral> getWaiting() {
        if (waiting == null) {
            waiting = programmeId == null ? List.of()
                    : programmeId == ALL_PROGRAMMES ? referrals.waitingListOfAllProgrammes()
                    : referrals.waitingList(programmeId);
            names = households.namesOf(waiting.stream().map(Referral::getHouseholdId).toList());
        }
        return waiting;
    }

    public boolean isAllProgrammes() {
        return programmeId != null && programmeId == ALL_PROGRAMMES;
    }

    public long getAllProgrammesValue() {
        return ALL_PROGRAMMES;
    }

    public String programmeOf(Referral referral) {
        if (programmeNames == null) {
            programmeNames = programmes.programmeNames();
        }
        return programmeNames.getOrDefault(referral.getProgrammeId(), "—");
    }

    /** Opens the record of the admission interview of one referral. */
    public void prepareInterview(Referral referral) {
        decidedId = referral.getId();
        interviewOn = referral.getInterviewOn() != null ? referral.getInterviewOn() : AssociationClock.today();
        interviewAttendees = referral.getInterviewAttendees();
        interviewNotes = referral.getInterviewNotes();
        interviewOutcome = referral.getInterviewOutcome();
    }

    public void recordInterview() {
        messages.act("interviewForm:messages", () -> {
            Referral referral = current();
            referrals.recordInterview(referral.getId(), referral.getVersion(), new Referral.Interview(interviewOn,
                    interviewAttendees, interviewNotes, interviewOutcome));
            messages.info(null, "referrals.interviewRecorded", nameOf(referral));
            show();
        });
    }

    public List<InterviewOutcome> getInterviewOutcomes() {
        return List.of(InterviewOutcome.values());
    }

    public LocalDate getInterviewOn() {
        return interviewOn;
    }

    public void setInterviewOn(LocalDate interviewOn) {
        this.interviewOn = interviewOn;
    }

    public String getInterviewAttendees() {
        return interviewAttendees;
    }

    public void setInterviewAttendees(String interviewAttendees) {
        this.interviewAttendees = interviewAttendees;
    }

    public String getInterviewNotes() {
        return interviewNotes;
    }

    public void setInterviewNotes(String interviewNotes) {
        this.interviewNotes = interviewNotes;
    }

    public InterviewOutcome getInterviewOutcome() {
        return interviewOutcome;
    }

    public void setInterviewOutcome(InterviewOutcome interviewOutcome) {
        this.interviewOutcome = interviewOutcome;
    }

    public String nameOf(Referral referral) {
        return names == null ? "" : names.getOrDefault(referral.getHouseholdId(), "—");
    }

    public void show() {
        waiting = null;
    }

    /** Opens the decision on one referral: the workers of the household's service come first. */
    public void prepareDecision(Referral referral) {
        decidedId = referral.getId();
        referentId = null;
        start = AssociationClock.today();
        reason = null;
        socialWorkers = accounts.socialWorkers(
                households.getHouseholdFile(referral.getHouseholdId()).getServiceUnitId());
    }

    public List<AccountService.StaffMember> getSocialWorkers() {
        return socialWorkers;
    }

    public void admit() {
        messages.act("admitForm:messages", () -> {
            Referral referral = current();
            Household of = households.getHouseholdFile(referral.getHouseholdId());
            referrals.admit(referral.getId(), referral.getVersion(), referentId, of.getServiceUnitId(), start);
            messages.info(null, "referrals.admitted", of.getDisplayName());
            show();
        });
    }

    public void refuse() {
        messages.act("refuseForm:messages", () -> {
            Referral referral = current();
            referrals.refuse(referral.getId(), referral.getVersion(), AssociationClock.today(), reason);
            messages.info(null, "referrals.refused");
            show();
        });
    }

    private Referral current() {
        return getWaiting().stream().filter(r -> r.getId().equals(decidedId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no referral " + decidedId + " on the list"));
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getReferentId() {
        return referentId;
    }

    public void setReferentId(Long referentId) {
        this.referentId = referentId;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
