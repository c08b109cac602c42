package org.ancrage.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** One dated step of a mediation: a call to the landlord, a meeting with neighbours, a repair ordered. */
@Entity
@Table(name = "mediation_action")
public class MediationAction implements Serializable {

    public static final int DESCRIPTION_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mediation_action")
    @SequenceGenerator(name = "mediation_action", sequenceName = "mediation_action_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @NotNull
    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "party", length = 16, nullable = false)
    private Party party;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH, nullable = false)
    private String description;

    @Column(name = "taken_by", length = 80)
    private String takenBy;

    protected MediationAction() {
    }

    MediationAction(Incident incident, LocalDate takenOn, Party party, String description, String takenBy) {
        this.incident = incident;
        this.takenOn = takenOn;
        this.party = party;
        this.description = description;
        this.takenBy = takenBy;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public Party getParty() {
        return party;
    }

    public String getDescription() {
        return description;
    }

    public String getTakenBy() {
        return takenBy;
    }
}
