package org.ancrage.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.ancrage.money.Money;
import org.ancrage.system.Audited;

/**
 * A dwelling of the association's stock. It knows whether it can take a household: not while in
 * works or out of the stock, and never more households than it has places.
 */
@Entity
@Table(name = "dwelling")
public class Dwelling implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dwelling")
    @SequenceGenerator(name = "dwelling", sequenceName = "dwelling_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Column(name = "landlord_id", nullable = false)
    private Long landlordId;

    @NotNull
    @Column(name = "service_unit_id", nullable = false)
    private Long serviceUnitId;

    @NotBlank
    @Size(max = 240)
    @Column(name = "address", length = 240, nullable = false)
    private String address;

    @NotBlank
    @Pattern(regexp = "\\d{5}")
    @Column(name = "postcode", length = 10, nullable = false)
    private String postcode;

    @NotBlank
    @Size(max = 120)
    @Column(name = "city", length = 120, nullable = false)
    private String city;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "size", length = 4, nullable = false)
    private DwellingSize size;

    @NotNull
    @DecimalMin(value = "1")
    @DecimalMax(value = "99999")
    @Column(name = "surface", precision = 7, scale = 2, nullable = false)
    private BigDecimal surface;

    @Min(-3)
    @Max(99)
    @Column(name = "floor")
    private Integer floor;

    @Column(name = "lift", nullable = false)
    private boolean lift;

    /** Reachable without steps (accessible to a wheelchair). */
    @Column(name = "step_free", nullable = false)
    private boolean stepFree;

    @NotNull
    @Column(name = "rent", precision = 12, scale = 2, nullable = false)
    private Money rent;

    @NotNull
    @Column(name = "charges", precision = 12, scale = 2, nullable = false)
    private Money charges;

    /** The programme whose financed places this dwelling counts for (IML classique, IML+…). */
    @Column(name = "programme_id")
    private Long programmeId;

    @Min(1)
    @Max(20)
    @Column(name = "places", nullable = false)
    private int places = 1;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 24, nullable = false)
    private DwellingState state = DwellingState.AVAILABLE;

    @Version
    @Column(name = "version")
    private long version;

    protected Dwelling() {
    }

    public Dwelling(Long landlordId, Long serviceUnitId) {
        this.landlordId = landlordId;
        this.serviceUnitId = serviceUnitId;
    }

    /** Where it is and what it is like. */
    public void describe(String address, String postcode, String city, DwellingSize size, BigDecimal surface,
            Integer floor, boolean lift, boolean stepFree) {
        this.address = address;
        this.postcode = postcode;
        this.city = city;
        this.size = size;
        this.surface = surface;
        this.floor = floor;
        this.lift = lift;
        this.stepFree = stepFree;
    }

    /** What it costs, and the places it counts for. */
    public void terms(Money rent, Money charges, Long programmeId, int places) {
        if (rent != null && rent.isNegative() || charges != null && charges.isNegative()) {
            throw new HousingRefused("money.negative");
        }
        this.rent = rent;
        this.charges = charges;
        this.programmeId = programmeId;
        this.places = places;
    }

    /** Takes one more household, given how many live there now. */
    void acceptPlacement(long openOccupancies) {
        if (!state.inStock()) {
            throw new HousingRefused("dwelling.notInStock", state);
        }
        if (state == DwellingState.IN_WORKS) {
            throw new HousingRefused("dwelling.inWorks");
        }
        if (openOccupancies >= places) {
            throw new HousingRefused("dwelling.full", places);
        }
        if (openOccupancies + 1 >= places) {
            state = DwellingState.OCCUPIED;
        }
    }

    /** A household left: a place is free again. */
    void released() {
        if (state == DwellingState.OCCUPIED) {
            state = DwellingState.AVAILABLE;
        }
    }

    /** The lease passed to the household and the association does not manage it any more. */
    void leaveStock() {
        state = DwellingState.LEFT_STOCK;
    }

    public void startWorks(long openOccupancies) {
        requireEmpty(openOccupancies);
        if (!state.inStock()) {
            throw new HousingRefused("dwelling.notInStock", state);
        }
        state = DwellingState.IN_WORKS;
    }

    public void endWorks() {
        if (state != DwellingState.IN_WORKS) {
            throw new HousingRefused("dwelling.notInWorks");
        }
        state = DwellingState.AVAILABLE;
    }

    public void returnToLandlord(long openOccupancies) {
        requireEmpty(openOccupancies);
        state = DwellingState.RETURNED_TO_LANDLORD;
    }

    private static void requireEmpty(long openOccupancies) {
        if (openOccupancies > 0) {
            throw new HousingRefused("dwelling.stillOccupied");
        }
    }

    /** "12 rue des Lilas, 55000 Bar-le-Duc", for lists. */
    public String getDisplayAddress() {
        return address + ", " + postcode + " " + city;
    }

    public Long getId() {
        return id;
    }

    public Long getLandlordId() {
        return landlordId;
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCity() {
        return city;
    }

    public DwellingSize getSize() {
        return size;
    }

    public BigDecimal getSurface() {
        return surface;
    }

    public Integer getFloor() {
        return floor;
    }

    public boolean isLift() {
        return lift;
    }

    public boolean isStepFree() {
        return stepFree;
    }

    public Money getRent() {
        return rent;
    }

    public Money getCharges() {
        return charges;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public int getPlaces() {
        return places;
    }

    public DwellingState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }
}
