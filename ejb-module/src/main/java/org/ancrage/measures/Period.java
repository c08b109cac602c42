package org.ancrage.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/**
 * One period of a measure: the first, or a renewal (with its derogation when one was needed).
 * Audited: a renewal is written to the trail as the new period, its dates and its derogation.
 */
@Entity
@Table(name = "measure_period")
public class Period implements Serializable, org.ancrage.system.Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_period")
    @SequenceGenerator(name = "measure_period", sequenceName = "measure_period_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false)
    private PeriodKind kind;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    /** Null for a programme that sets no length. */
    @Column(name = "end_date")
    private LocalDate end;

    @Embedded
    private Derogation derogation;

    protected Period() {
    }

    Period(Measure measure, int number, PeriodKind kind, LocalDate start, LocalDate end, Derogation derogation) {
        this.measure = measure;
        this.number = number;
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.derogation = derogation;
    }

    @Override
    public Long auditHouseholdId() {
        return measure == null ? null : measure.getHouseholdId();
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public Derogation getDerogation() {
        return derogation;
    }
}
