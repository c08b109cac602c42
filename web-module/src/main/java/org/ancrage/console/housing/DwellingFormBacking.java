package org.ancrage.console.housing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingSize;
import org.ancrage.housing.HousingService;
import org.ancrage.landlords.Landlord;
import org.ancrage.landlords.LandlordService;
import org.ancrage.money.Money;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.system.DomainException;

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
    private HousingService housing;

    @EJB
    private LandlordService landlords;

    @EJB
    private ProgrammeService programmes;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Landlord landlord;
    private String address;
    private String postcode;
    private String city;
    private DwellingSize size = DwellingSize.T2;
    private BigDecimal surface;
    private Integer floor;
    private boolean lift;
    private boolean stepFree;
    private BigDecimal rent;
    private BigDecimal charges;
    private Long programmeId;
    private int places = 1;

    public void prepareNew() {
        landlord = null;
        address = postcode = city = null;
        size = DwellingSize.T2;
        surface = rent = charges = null;
        floor = null;
        lift = stepFree = false;
        programmeId = null;
        places = 1;
    }

    /** Landlords whose name contains what was typed, for the autocomplete. */
    public List<Landlord> completeLandlord(String typed) {
        return landlords.searchLandlords(typed, null, 0, LANDLORD_SUGGESTIONS);
    }

    public void register() {
        try {
            housing.registerDwelling(new HousingService.DwellingDetails(landlord.getId(), user.getServiceUnitId(),
                    address, postcode, city, size, surface, floor, lift, stepFree, Money.of(rent),
                    Money.of(charges == null ? BigDecimal.ZERO : charges), programmeId, places));
            messages.info("search:messages", "dwellings.registered", address, city);
        } catch (DomainException e) {
            messages.refused("dwellingForm:messages", e);
        }
    }

    public void startWorks(Dwelling dwelling) {
        act(() -> housing.startWorks(dwelling.getId(), dwelling.getVersion()), "dwellings.worksStarted", dwelling);
    }

    public void endWorks(Dwelling dwelling) {
        act(() -> housing.endWorks(dwelling.getId(), dwelling.getVersion()), "dwellings.worksEnded", dwelling);
    }

    public void returnToLandlord(Dwelling dwelling) {
        act(() -> housing.returnToLandlord(dwelling.getId(), dwelling.getVersion(), LocalDate.now()),
                "dwellings.returned", dwelling);
    }

    private void act(Runnable action, String done, Dwelling dwelling) {
        try {
            action.run();
            messages.info("search:messages", done, dwelling.getDisplayAddress());
        } catch (DomainException e) {
            messages.refused("search:messages", e);
        }
    }

    public boolean isRegistering() {
        return user.getServiceUnitId() != null;
    }

    public List<Programme> getProgrammes() {
        return programmes.listProgrammes();
    }

    public List<DwellingSize> getSizes() {
        return List.of(DwellingSize.values());
    }

    public Landlord getLandlord() {
        return landlord;
    }

    public void setLandlord(Landlord landlord) {
        this.landlord = landlord;
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

    public int getPlaces() {
        return places;
    }

    public void setPlaces(int places) {
        this.places = places;
    }
}
