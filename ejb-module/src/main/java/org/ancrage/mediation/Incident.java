package org.ancrage.mediation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ancrage.system.Audited;

/**
 * An incident in a placement, the parties it involves, the mediation actions taken and how it was
 * resolved. Once resolved it takes no more actions; it concerns a household, a dwelling or both.
 */
@Entity
@Table(name = "incident")
public class Incident implements Serializable, Audited {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident")
    @SequenceGenerator(name = "incident", sequenceName = "incident_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false)
    private IncidentKind kind;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "dwelling_id")
    private Long dwellingId;

    @Column(name = "landlord_id")
    private Long landlordId;

    @NotNull
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(name = "description", length = TEXT_LENGTH, nullable = false)
    private String description;

    @Convert(converter = PartiesConverter.class)
    @Column(name = "parties", length = 120, nullable = false)
    private Set<Party> parties = EnumSet.noneOf(Party.class);

    @Valid
    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("takenOn, id")
    private List<MediationAction> actions = new ArrayList<>();

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Size(max = TEXT_LENGTH)
    @Column(name = "resolution", length = TEXT_LENGTH)
    private String resolution;

    @Version
    @Column(name = "version")
    private long version;

    protected Incident() {
    }

    public Incident(IncidentKind kind, Long householdId, Long dwellingId, Long landlordId, LocalDate occurredOn,
            String description, Set<Party> parties) {
        if (householdId == null && dwellingId == null) {
            throw new IncidentRefused("incident.nothingConcerned");
        }
        if (parties == null || parties.isEmpty()) {
            throw new IncidentRefused("incident.noParty");
        }
        this.kind = kind;
        this.householdId = householdId;
        this.dwellingId = dwellingId;
        this.landlordId = landlordId;
        this.occurredOn = occurredOn;
        this.description = description;
        this.parties = EnumSet.copyOf(parties);
    }

    public MediationAction act(LocalDate on, Party with, String description, String by) {
        requireOpen();
        if (on == null || on.isBefore(occurredOn)) {
            throw new IncidentRefused("incident.actionBeforeIncident", occurredOn);
        }
        MediationAction action = new MediationAction(this, on, with, description, by);
        actions.add(action);
        return action;
    }

    public void resolve(LocalDate on, String resolution) {
        requireOpen();
        if (on == null || on.isBefore(occurredOn)) {
            throw new IncidentRefused("incident.resolvedBeforeIncident", occurredOn);
        }
        if (resolution == null || resolution.isBlank()) {
            throw new IncidentRefused("incident.resolutionMissing");
        }
        this.resolvedOn = on;
        this.resolution = resolution;
    }

    public boolean isResolved() {
        return resolvedOn != null;
    }

    private void requireOpen() {
        if (resolvedOn != null) {
            throw new IncidentRefused("incident.resolved", resolvedOn);
        }
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    public Long getId() {
        return id;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Long getDwellingId() {
        return dwellingId;
    }

    public Long getLandlordId() {
        return landlordId;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getDescription() {
        return description;
    }

    public Set<Party> getParties() {
        return parties;
    }

    public List<MediationAction> getActions() {
        return actions;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public String getResolution() {
        return resolution;
    }

    public long getVersion() {
        return version;
    }
}
