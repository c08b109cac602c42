package org.ancrage.households;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ancrage.money.Money;
import org.ancrage.privacy.Audited;

/** A household followed by the association: its members, resources, residence status and contact details. */
@Entity
@Table(name = "household")
public class Household implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household")
    @SequenceGenerator(name = "household", sequenceName = "household_seq", allocationSize = 50)
    private Long id;

    /** The reference staff quote on the phone and on letters; given when first saved. */
    @Column(name = "reference", length = 20, unique = true)
    private String reference;

    @Column(name = "service_unit_id", nullable = false)
    private Long serviceUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "composition", length = 24)
    private Composition composition;

    @Enumerated(EnumType.STRING)
    @Column(name = "main_resource", length = 24)
    private ResourceType mainResource;

    @Column(name = "monthly_resources", precision = 12, scale = 2)
    private Money monthlyResources;

    /** The last day the residence permit of the head of household is valid, where one is needed. */
    @Column(name = "residence_status_valid_until")
    private LocalDate residenceStatusValidUntil;

    @Size(max = 240)
    @Column(name = "address", length = 240)
    private String address;

    @Size(max = 30)
    @Column(name = "phone", length = 30)
    private String phone;

    @Email
    @Size(max = 254)
    @Column(name = "email", length = 254)
    private String email;

    @Valid
    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("relationship, birthDate")
    private List<Person> members = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Household() {
    }

    public Household(Long serviceUnitId, Person head) {
        this.serviceUnitId = serviceUnitId;
        add(head);
    }

    public final void add(Person member) {
        member.joinHousehold(this);
        members.add(member);
    }

    public void describe(Composition composition, ResourceType mainResource, Money monthlyResources) {
        this.composition = composition;
        this.mainResource = mainResource;
        this.monthlyResources = monthlyResources;
    }

    public void contactDetails(String address, String phone, String email) {
        this.address = address;
        this.phone = phone;
        this.email = email;
    }

    public void residenceStatusValidUntil(LocalDate date) {
        this.residenceStatusValidUntil = date;
    }

    /** Whether the head of household holds a residence status valid on {@code date}. */
    public boolean hasValidResidenceStatusOn(LocalDate date) {
        return residenceStatusValidUntil != null && !residenceStatusValidUntil.isBefore(date);
    }

    /** Gives the household its reference once saved (it is made from the id). */
    public void assignReference() {
        if (reference == null && id != null) {
            reference = String.format("M%06d", id);
        }
    }

    public Optional<Person> head() {
        return members.stream().filter(m -> m.getRelationship() == Relationship.HEAD).findFirst();
    }

    /** "DUPONT Marie", for lists. */
    public String getDisplayName() {
        return head().map(h -> h.getLastName().toUpperCase() + " " + h.getFirstName()).orElse(reference);
    }

    @Override
    public Long auditHouseholdId() {
        return id;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }

    public Composition getComposition() {
        return composition;
    }

    public ResourceType getMainResource() {
        return mainResource;
    }

    public Money getMonthlyResources() {
        return monthlyResources;
    }

    public LocalDate getResidenceStatusValidUntil() {
        return residenceStatusValidUntil;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public List<Person> getMembers() {
        return List.copyOf(members);
    }

    public long getVersion() {
        return version;
    }
}
