package org.ancrage.console.households;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.households.Composition;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Nationality;
import org.ancrage.households.Relationship;
import org.ancrage.households.ResourceType;
import org.ancrage.system.ReaderFormats;

/**
 * "Nouveau ménage": the head and the members, contact details, composition, resources and
 * residence status. A first save shows the likely duplicates the service points out and asks to
 * confirm; the household is then created in the user's service and its file opens.
 */
@Named
@ViewScoped
public class NewHouseholdBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HouseholdService households;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private final List<MemberRow> members = new ArrayList<>(List.of(new MemberRow(Relationship.HEAD)));
    private final HouseholdDetailsForm details = new HouseholdDetailsForm();

    /** The likely duplicates the service pointed out, shown before the user confirms. */
    private HouseholdService.LikelyDuplicates duplicates = new HouseholdService.LikelyDuplicates(List.of(), List.of());
    private boolean confirming;

    public void addMember() {
        members.add(new MemberRow(Relationship.CHILD));
    }

    public void removeMember(MemberRow row) {
        if (row.getRelationship() != Relationship.HEAD || members.stream()
                .filter(m -> m.getRelationship() == Relationship.HEAD).count() > 1) {
            members.remove(row);
        }
    }

    /** First save: asks the service for likely duplicates; if there are any, shows them and asks to confirm. */
    public void save() throws IOException {
        if (user.getServiceUnitId() == null) {
            messages.error("household:messages", "householdForm.noService");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        boolean refused = false;
        for (int i = 0; i < members.size(); i++) {
            LocalDate born = members.get(i).getBirthDate();
            if (born != null && !born.isBefore(ReaderFormats.today())) {
                messages.error("household:members:" + i + ":birthDate", "householdForm.birthDateFuture");
                refused = true;
            }
        }
        if (refused) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (members.stream().filter(m -> m.getRelationship() == Relationship.HEAD).count() != 1) {
            messages.error("household:messages", "householdForm.oneHead");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        messages.act("household:messages", () -> {
            duplicates = households.likelyDuplicatesOf(household());
            if (duplicates.isEmpty()) {
                create();
            } else {
                confirming = true;
            }
        });
    }

    /** Creates the household (after the duplicates were seen) and opens its file. */
    public void create() throws IOException {
        messages.act("household:messages", () -> {
            Household created = households.createHousehold(household()).household();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            messages.info(null, "householdForm.created", created.getReference());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/app/files/household.xhtml?id=" + created.getId());
        }, refusal -> confirming = false);
    }

    /** Back to the form from the duplicates' hint, to change what was typed. */
    public void back() {
        confirming = false;
    }

    private Household household() {
        Household household = null;
        // The head first: the household is made around its head.
        List<MemberRow> ordered = new ArrayList<>(members);
        ordered.sort((a, b) -> Boolean.compare(b.getRelationship() == Relationship.HEAD,
                a.getRelationship() == Relationship.HEAD));
        for (MemberRow row : ordered) {
            if (household == null) {
                household = new Household(user.getServiceUnitId(), row.toPerson());
            } else {
                household.add(row.toPerson());
            }
        }
        household.contactDetails(details.addressOrNull(), details.phoneOrNull(), details.emailOrNull());
        household.describe(details.getComposition(), details.getMainResource(), details.monthlyResourcesOrNull());
        household.residenceStatus(details.residenceStatus());
        return household;
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

    public List<MemberRow> getMembers() {
        return members;
    }

    public HouseholdService.LikelyDuplicates getDuplicates() {
        return duplicates;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public HouseholdDetailsForm getDetails() {
        return details;
    }
}
