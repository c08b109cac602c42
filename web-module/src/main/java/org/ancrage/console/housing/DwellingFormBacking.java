package org.ancrage.console.housing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingSize;
import org.ancrage.housing.DwellingService;
import org.ancrage.landlords.Landlord;
import org.ancrage.landlords.LandlordService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.system.AssociationClock;

/**
 * Registers a dwelling in the caller's service, and moves one through works or back to its
 * landlord, each on the version shown in the list so a concurrent change is refused.
 */
@Named
@ViewScoped
public class DwellingFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LANDLORD_SUGGESTIONS = 10;

    @EJB
    private DwellingService dwellings;

    @EJB
    private LandlordService landlords;

    @EJB
    private ProgrammeService programmes;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Landlord landlord;
    private DwellingForm form = new DwellingForm();
    private List<Programme> programmeList;

    public void prepareNew() {
        landlord = null;
        form = new DwellingForm();
    }

    /** Landlords whose name contains what was typed, for the autocomplete. */
    public List<Landlord> completeLandlord(String typed) {
        return landlords.searchLandlords(typed, null, 0, LANDLORD_SUGGESTIONS);
    }

    public void register() {
        messages.act("dwellingForm:messages", () -> {
            dwellings.registerDwelling(form.details(landlord.getId(), user.getServiceUnitId()));
            messages.info("search:messages", "dwellings.registered", form.getAddress().strip(), form.getCity().strip());
        });
    }

    public void startWorks(Dwelling dwelling) {
        act(() -> dwellings.startWorks(dwelling.getId(), dwelling.getVersion()), "dwellings.worksStarted", dwelling);
    }

    public void endWorks(Dwelling dwelling) {
        act(() -> dwellings.endWorks(dwelling.getId(), dwelling.getVersion()), "dwellings.worksEnded", dwelling);
    }

    public void returnToLandlord(Dwelling dwelling) {
        act(() -> dwellings.returnToLandlord(dwelling.getId(), dwelling.getVersion(), AssociationClock.today()),
                "dwellings.returned", dwelling);
    }

    private void act(Runnable action, String done, Dwelling dwelling) {
        messages.act("search:messages", () -> {
            action.run();
            messages.info("search:messages", done, dwelling.getDisplayAddress());
        });
    }

    public boolean isRegistering() {
        return user.getServiceUnitId() != null;
    }

    public List<Programme> getProgrammes() {
        if (programmeList == null) {
            programmeList = programmes.listProgrammes();
        }
        return programmeList;
    }

    public List<DwellingSize> getSizes() {
        return List.of(DwellingSize.values());
    }

    public DwellingForm getForm() {
        return form;
    }

    public Landlord getLandlord() {
        return landlord;
    }

    public void setLandlord(Landlord landlord) {
        this.landlord = landlord;
    }

}
