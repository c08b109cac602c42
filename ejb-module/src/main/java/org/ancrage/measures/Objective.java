package org.ancrage.measures;

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
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** An objective of the support contract (budget, administrative, housing…) and its progress. */
@Entity
@Table(name = "objective")
public class Objective implements Serializable {

    public static final int DESCRIPTION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objective")
    @SequenceGenerator(name = "objective", sequenceName = "objective_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "domain", length = 32, nullable = false)
    private ObjectiveDomain domain;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH, nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress", length = 16, nullable = false)
    private Progress progress = Progress.NOT_STARTED;

    @Column(name = "progress_on")
    private LocalDate progressOn;

    protected Objective() {
    }

    Objective(Measure measure, ObjectiveDomain domain, String description) {
        this.measure = measure;
        this.domain = domain;
        this.description = description;
    }

    void record(Progress progress, LocalDate on) {
        this.progress = progress;
        this.progressOn = on;
    }

    public Long getId() {
        return id;
    }

    public ObjectiveDomain getDomain() {
        return domain;
    }

    public String getDescription() {
        return description;
    }

    public Progress getProgress() {
        return progress;
    }

    public LocalDate getProgressOn() {
        return progressOn;
    }
}
