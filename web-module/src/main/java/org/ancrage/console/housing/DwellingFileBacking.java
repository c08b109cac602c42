package org.ancrage.console.housing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ancrage.console.Messages;
import org.ancrage.households.HouseholdService;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingSize;
import org.ancrage.housing.HousingContract;
import org.ancrage.housing.HousingService;
import org.ancrage.housing.Occupancy;
import org.ancrage.landlords.LandlordService;
import org.ancrage.mediation.Incident;
import org.ancrage.mediation.MediationService;
import org.ancrage.money.Money;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.system.DomainException;

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

    @EJB private HousingService housing;
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
    private String address;
    private String postcode;
    private String city;
    private DwellingSize size;
    private BigDecimal surface;
    private Integer floor;
    private boolean lift;
    private boolean stepFree;
    private BigDecimal rent;
    private BigDecimal charges;
    private Long programmeId;
    private Integer places;

    /** Loads the dwelling named in the address ({@code ?id=}) and keeps the version read. */
    public void load() {
        if (id == null) {
            return;
        }
        reload();
    }

    /** Reads the dwelling and everything shown about it again. */
    public void reload() {
        dwelling = housing.getDwelling(id);
        readVersion = dwelling.getVersion();
        landlordName = landlords.getLandlord(dwelling.getLandlordId()).getName();
        programmeName = dwelling.getProgrammeId() == null ? null
                : programmes.findProgramme(dwelling.getProgrammeId()).map(Programme::getName).orElse(null);
        contractList = housing.contractsOf(id);
        occupancyList = housing.occupancyHistory(id);
        householdNames = households.namesOf(occupancyList.stream().map(Occupancy::getHouseholdId).distinct().toList());
        incidentList = mediation.incidentsOfDwelling(id);
    }

    /** Fills the edit dialog from the dwelling as read when the page was opened. */
    public void prepareEdit() {
        address = dwelling.getAddress();
        postcode = dwelling.getPostcode();
        city = dwelling.getCity();
        size = dwelling.getSize();
        surface = dwelling.getSurface();
        floor = dwelling.getFloor();
        lift = dwelling.isLift();
        stepFree = dwelling.isStepFree();
        rent = dwelling.getRent().amount();
        charges = dwelling.getCharges().amount();
        programmeId = dwelling.getProgrammeId();
        places = dwelling.getPlaces();
    }

    public void save() {
        try {
            housing.updateDwelling(id, readVersion, new HousingService.DwellingDetails(dwelling.getLandlordId(),
                    dwelling.getServiceUnitId(), address.strip(), postcode, city.strip(), size, surface, floor, lift,
                    stepFree, Money.of(rent), Money.of(charges), programmeId, places));
            messages.info(null, "dwelling.saved", address.strip());
            reload();
        } catch (DomainException e) {
            messages.refused("dwellingForm:messages", e); // what was typed stays in the dialog
        }
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public DwellingSize getSize() {
        return size;
    }

    public void setSize(DwellingSize size) {
        this.size = size;
    }

    public BigDecimal getSurface() {
        return surface;
    }

    public void setSurface(BigDecimal surface) {
        this.surface = surface;
    }

    public Integer getFloor() {
        return floor;
    }

    public void setFloor(Integer floor) {
        this.floor = floor;
    }

    public boolean isLift() {
        return lift;
    }

    public void setLift(boolean lift) {
        this.lift = lift;
    }

    public boolean isStepFree() {
        return stepFree;
    }

    public void setStepFree(boolean stepFree) {
        this.stepFree = stepFree;
    }

    public BigDecimal getRent() {
        return rent;
    }

    public void setRent(BigDecimal rent) {
        this.rent = rent;
    }

    public BigDecimal getCharges() {
        return charges;
    }

    public void setCharges(BigDecimal charges) {
        this.charges = charges;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }
}
