package org.ancrage.console.housing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ancrage.console.Messages;
import org.ancrage.households.HouseholdService;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingSize;
import org.ancrage.housing.HousingContract;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.OccupancyService;
import org.ancrage.housing.Occupancy;
import org.ancrage.landlords.LandlordService;
import org.ancrage.mediation.Incident;
import org.ancrage.mediation.MediationService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;

/**
 * A dwelling's file: what it is and costs, its contracts with the landlord, who lived there and
 * its incidents. The description is edited on the version read when the page was opened, so a
 * change saved meanwhile by someone else is refused instead of overwritten. A dwelling of another
 * service is refused by the service, and the page shows the error page as a household file does.
 */
@Named
@ViewScoped
public class DwellingFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private DwellingService dwellings;
    @EJB private OccupancyService occupancies;
    @EJB private HouseholdService households;
    @EJB private LandlordService landlords;
    @EJB private ProgrammeService programmes;
    @EJB private MediationService mediation;
    @Inject private Messages messages;

    private Long id;
    private Dwelling dwelling;
    private String landlordName;
    private String programmeName;
    private List<HousingContract> contractList = List.of();
    private List<Occupancy> occupancyList = List.of();
    private Map<Long, String> householdNames = Map.of();
    private List<Incident> incidentList = List.of();
    private List<Programme> programmeList;

    private long readVersion;
    private DwellingForm form = new DwellingForm();

    /** Loads the dwelling named in the address ({@code ?id=}) and keeps the version read. */
    public void load() {
        if (id == null) {
            return;
        }
        reload();
    }

    /** Reads the dwelling and everything shown about it again. */
    public void reload() {
        dwelling = dwellings.getDwelling(id);
        readVersion = dwelling.getVersion();
        landlordName = landlords.getLandlord(dwelling.getLandlordId()).getName();
        programmeName = dwelling.getProgrammeId() == null ? null
                : programmes.findProgramme(dwelling.getProgrammeId()).map(Programme::getName).orElse(null);
        contractList = dwellings.contractsOf(id);
        occupancyList = occupancies.occupancyHistory(id);
        householdNames = households.namesOf(occupancyList.stream().map(Occupancy::getHouseholdId).distinct().toList());
        incidentList = mediation.incidentsOfDwelling(id);
    }

    /** Fills the edit dialog from the dwelling as read when the page was opened. */
    public void prepareEdit() {
        form = DwellingForm.of(dwelling);
    }

    public void save() {
        messages.act("dwellingForm:messages", () -> { // what was typed stays in the dialog
            dwellings.updateDwelling(id, readVersion, form.details(dwelling.getLandlordId(), dwelling.getServiceUnitId()));
            messages.info(null, "dwelling.saved", form.getAddress().strip());
            reload();
        });
    }

    public DwellingForm getForm() {
        return form;
    }

    public String householdName(Long householdId) {
        return householdNames.getOrDefault(householdId, "—");
    }

    /** Whether the household is one the caller may open (its name came back from the service). */
    public boolean householdVisible(Long householdId) {
        return householdNames.containsKey(householdId);
    }

    public List<DwellingSize> getSizes() {
        return List.of(DwellingSize.values());
    }

    public List<Programme> getProgrammes() {
        if (programmeList == null) {
            programmeList = programmes.listProgrammes();
        }
        return programmeList;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Dwelling getDwelling() {
        return dwelling;
    }

    public String getLandlordName() {
        return landlordName;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public List<HousingContract> getContracts() {
        return contractList;
    }

    public List<Occupancy> getOccupancies() {
        return occupancyList;
    }

    public List<Incident> getIncidents() {
        return incidentList;
    }

}
