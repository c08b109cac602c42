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
import org.ancrage.system.Audited;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

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

    /** The nationality category of the head of household; null when not recorded. */
    @Enumerated(EnumType.STRING)
    @Column(name = "nationality", length = 16)
    private Nationality nationality;

    /** The last day the residence permit of the head of household is valid, where one is needed. */
    @Column(name = "residence_status_valid_until")
    private LocalDate residenceStatusValidUntil;

    /** The last day the receipt of a permit renewal request (récépissé) is valid, if one is held. */
    @Column(name = "residence_receipt_valid_until")
    private LocalDate residenceReceiptValidUntil;

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

    /** Whether the household agreed to receive its rent notices and quittances by e-mail (at {@link #email}). */
    @Column(name = "papers_by_email", nullable = false)
    private boolean papersByEmail;

    @Valid
    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN) // a page of households reads its members in one query, not one per household
    @OrderBy("relationship, birthDate")
    private List<Person> members = new ArrayList<>();

    /**
     * The address and resources over time, the oldest first (what was known before the first change
     * has no date); the columns above hold the latest.
     */
    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Situation> situations = new ArrayList<>();

    /** The file a household was imported from (its source) and its own identifier there; null when entered here. */
    @Column(name = "import_source", length = 120)
    private String importSource;

    @Column(name = "import_key", length = 120)
    private String importKey;

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
        if (email == null) {
            papersByEmail = false; // no address, nothing can be mailed
        }
    }

    /**
     * Records whether the household agrees to receive its rent notices and quittances by e-mail.
     *
     * @throws HouseholdRefused an agreement without an e-mail address
     */
    public void papersByEmail(boolean agreed) {
        if (agreed && email == null) {
            throw new HouseholdRefused("household.papersByEmail.noEmail");
        }
        this.papersByEmail = agreed;
    }

    public boolean isPapersByEmail() {
        return papersByEmail;
    }

    public void residenceStatusValidUntil(LocalDate date) {
        this.residenceStatusValidUntil = date;
    }

    /** Records the residence status of the head of household: nationality category, permit, récépissé. */
    public void residenceStatus(ResidenceStatus status) {
        this.nationality = status.nationality();
        this.residenceStatusValidUntil = status.permitValidUntil();
        this.residenceReceiptValidUntil = status.receiptValidUntil();
    }

    public ResidenceStatus residenceStatus() {
        return new ResidenceStatus(nationality, residenceStatusValidUntil, residenceReceiptValidUntil);
    }

    /** Whether the head of household holds a residence status valid on {@code date} (see {@link ResidenceStatus}). */
    public boolean hasValidResidenceStatusOn(LocalDate date) {
        return residenceStatus().validOn(date);
    }

    /**
     * The household's address and resources from {@code since} on; the previous ones stay in its
     * history. A change dated before the latest one is refused.
     */
    public void moveOn(LocalDate since, String address, Composition composition, ResourceType mainResource,
            Money monthlyResources, String recordedBy) {
        if (since == null) {
            throw new HouseholdRefused("household.situation.dateMissing");
        }
        LocalDate latest = situations.isEmpty() ? null : situations.get(situations.size() - 1).getSince();
        if (latest != null && since.isBefore(latest)) {
            throw new HouseholdRefused("household.situation.beforeLatest", latest);
        }
        if (situations.isEmpty() && (this.address != null || this.composition != null || this.mainResource != null
                || this.monthlyResources != null)) {
            // What was known before the first change, from a day nobody recorded.
            situations.add(new Situation(this, null, this.address, this.composition, this.mainResource,
                    this.monthlyResources, null));
        }
        situations.add(new Situation(this, since, address, composition, mainResource, monthlyResources, recordedBy));
        this.address = address;
        describe(composition, mainResource, monthlyResources);
    }

    /** Corrects who a member is; the household keeps exactly one head among those present. */
    public void correctMember(long personId, String lastName, String firstName, LocalDate birthDate, String sex,
            Relationship relationship) {
        Person member = member(personId);
        if (member.getRelationship() == Relationship.HEAD && relationship != Relationship.HEAD) {
            throw new HouseholdRefused("household.member.headMissing");
        }
        member.correct(lastName, firstName, birthDate, sex, relationship);
    }

    /** A member leaves the household on {@code on}: recorded, never deleted. The head does not leave. */
    public void memberLeaves(long personId, LocalDate on) {
        Person member = member(personId);
        if (member.getRelationship() == Relationship.HEAD) {
            throw new HouseholdRefused("household.member.headCannotLeave");
        }
        member.leave(on);
    }

    /** The member of this household with that id. */
    public Person member(long personId) {
        return members.stream().filter(m -> m.getId() != null && m.getId() == personId).findFirst()
                .orElseThrow(() -> new HouseholdRefused("household.member.unknown", personId));
    }

    /** Marks the household as the one a file's source names {@code key}: a later import of that key updates it. */
    public void importedAs(String source, String key) {
        this.importSource = source;
        this.importKey = key;
    }

    public String getImportSource() {
        return importSource;
    }

    public String getImportKey() {
        return importKey;
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

    public Nationality getNationality() {
        return nationality;
    }

    public LocalDate getResidenceReceiptValidUntil() {
        return residenceReceiptValidUntil;
    }

    /** The address and resources over time, the latest first. */
    public List<Situation> getSituations() {
        List<Situation> latestFirst = new ArrayList<>(situations);
        java.util.Collections.reverse(latestFirst);
        return latestFirst;
    }

    /** The members still in the household (those who left are kept, and shown as such, in {@link #getMembers}). */
    public List<Person> getPresentMembers() {
        return members.stream().filter(m -> m.getLeftOn() == null).toList();
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
