package org.ancrage.console.households;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.households.Composition;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Nationality;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.households.ResourceType;
import org.ancrage.system.ReaderFormats;

/**
 * The identity tab's dialogs: a member added, corrected or leaving the household; a new address
 * and resources from a date (the previous ones kept); phone, e-mail and residence status. Each works
 * on the household's version read when the dialog opened, so a change made meanwhile is refused.
 */
@Named
@ViewScoped
public class IdentityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private HouseholdService households;
    @Inject private HouseholdFileBacking file;

    private long householdId;
    private long readVersion;

    private MemberRow member = new MemberRow();
    private LocalDate leftOn;

    private LocalDate since;
    private HouseholdDetailsForm details = new HouseholdDetailsForm();

    private void read() {
        Household household = file.getHousehold();
        householdId = household.getId();
        readVersion = household.getVersion();
    }

    /** Opens the member dialog for a new member. */
    public void prepareNewMember() {
        read();
        member = new MemberRow(Relationship.CHILD);
    }

    /** Opens the member dialog on {@code person}, to correct who they are. */
    public void prepareMember(Person person) {
        read();
        member = MemberRow.of(person);
    }

    public void saveMember() {
        file.act("memberForm:messages", () -> {
            if (member.getId() == null) {
                households.addMember(householdId, readVersion, member.toPerson());
            } else {
                households.correctMember(householdId, readVersion, member.getId(), member.getLastName().strip(),
                            member.getFirstName().strip(), member.getBirthDate(),
                            member.getSex() == null || member.getSex().isEmpty() ? null : member.getSex(),
                            member.getRelationship());
            }
            file.householdChanged(member.getId() == null ? "identity.member.added" : "identity.member.corrected");
        });
    }

    /** Opens the dialog recording that {@code person} left the household. */
    public void prepareLeaving(Person person) {
        read();
        member = MemberRow.of(person);
        leftOn = ReaderFormats.today();
    }

    public void recordLeaving() {
        file.act("memberLeavesForm:messages", () -> {
            households.memberLeaves(householdId, readVersion, member.getId(), leftOn);
            file.householdChanged("identity.member.left");
        });
    }

    /** Opens the dialog of a new address and resources, filled with the current ones. */
    public void prepareSituation() {
        read();
        since = ReaderFormats.today();
        details = HouseholdDetailsForm.of(file.getHousehold());
    }

    public void saveSituation() {
        file.act("situationForm:messages", () -> {
            households.changeSituation(householdId, readVersion, since, details.addressOrNull(),
                    details.getComposition(), details.getMainResource(), details.monthlyResourcesOrNull());
            file.householdChanged("identity.situation.changed");
        });
    }

    /** Opens the dialog of phone, e-mail and residence status, filled with the current ones. */
    public void prepareStatus() {
        read();
        details = HouseholdDetailsForm.of(file.getHousehold());
    }

    public void saveStatus() {
        file.act("statusForm:messages", () -> {
            households.changeContactsAndStatus(householdId, readVersion, details.phoneOrNull(),
                    details.emailOrNull(), details.isPapersByEmail(), details.residenceStatus());
            file.householdChanged("identity.status.changed");
        });
    }

    public List<Relationship> getRelationships() {
        return List.of(Relationship.values());
    }

    public List<Composition> getCompositions() {
        return List.of(Composition.values());
    }

    public List<ResourceType> getResourceTypes() {
        return List.of(ResourceType.values());
    }

    public List<Nationality> getNationalities() {
        return List.of(Nationality.values());
    }

    public MemberRow getMember() {
        return member;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public HouseholdDetailsForm getDetails() {
        return details;
    }
}
