package org.ancrage.console.housing;

import java.io.Serializable;
import java.math.BigDecimal;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingSize;
import org.ancrage.housing.DwellingService;
import org.ancrage.money.Money;

/** A dwelling's description as typed in a form, to register a dwelling or to edit one. */
public class DwellingForm implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private Integer places = 1;

    /** The form filled from a dwelling as read. */
    static DwellingForm of(Dwelling dwelling) {
        DwellingForm form = new DwellingForm();
        form.address = dwelling.getAddress();
        form.postcode = dwelling.getPostcode();
        form.city = dwelling.getCity();
        form.size = dwelling.getSize();
        form.surface = dwelling.getSurface();
        form.floor = dwelling.getFloor();
        form.lift = dwelling.isLift();
        form.stepFree = dwelling.isStepFree();
        form.rent = dwelling.getRent().amount();
        form.charges = dwelling.getCharges().amount();
        form.programmeId = dwelling.getProgrammeId();
        form.places = dwelling.getPlaces();
        return form;
    }

    /** What was typed, as the service takes it (no charges typed: none). */
    DwellingService.DwellingDetails details(long landlordId, long serviceUnitId) {
        return new DwellingService.DwellingDetails(landlordId, serviceUnitId, address.strip(), postcode, city.strip(),
                size, surface, floor, lift, stepFree, Money.of(rent),
                Money.of(charges == null ? BigDecimal.ZERO : charges), programmeId, places == null ? 1 : places);
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
