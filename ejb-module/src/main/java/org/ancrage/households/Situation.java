package org.ancrage.households;

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
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.system.Audited;
import org.ancrage.money.Money;

/**
 * A household's address and resources from a day on: a change adds one, the previous ones stay
 * (the household's own columns hold the latest).
 */
@Entity
@Table(name = "household_situation")
public class Situation implements Serializable, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_situation")
    @SequenceGenerator(name = "household_situation", sequenceName = "household_situation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id", nullable = false)
    private Household household;

    /** Null for what was known before the first change was recorded. */
    @Column(name = "since")
    private LocalDate since;

    @Column(name = "address", length = 240)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "composition", length = 24)
    private Composition composition;

    @Enumerated(EnumType.STRING)
    @Column(name = "main_resource", length = 24)
    private ResourceType mainResource;

    @Column(name = "monthly_resources", precision = 12, scale = 2)
    private Money monthlyResources;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    protected Situation() {
    }

    Situation(Household household, LocalDate since, String address, Composition composition,
            ResourceType mainResource, Money monthlyResources, String recordedBy) {
        this.household = household;
        this.since = since;
        this.address = address;
        this.composition = composition;
        this.mainResource = mainResource;
        this.monthlyResources = monthlyResources;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getSince() {
        return since;
    }

    public String getAddress() {
        return address;
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

    public String getRecordedBy() {
        return recordedBy;
    }

    @Override
    public Long auditHouseholdId() {
        return household == null ? null : household.getId();
    }
}
