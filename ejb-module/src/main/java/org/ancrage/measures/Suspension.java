package org.ancrage.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A time the support was suspended (hospital stay, absence…): its dates are kept as they were. */
@Entity
@Table(name = "measure_suspension")
public class Suspension implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_suspension")
    @SequenceGenerator(name = "measure_suspension", sequenceName = "measure_suspension_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date", nullable = false)
    private LocalDate to;

    @Column(name = "reason", length = 500)
    private String reason;

    protected Suspension() {
    }

    Suspension(Measure measure, LocalDate from, LocalDate to, String reason) {
        this.measure = measure;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !from.isAfter(otherTo) && !to.isBefore(otherFrom);
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }
}
