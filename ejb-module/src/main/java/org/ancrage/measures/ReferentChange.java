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

/** From a date on, who follows the measure and for which service: the history of referents and transfers. */
@Entity
@Table(name = "measure_referent")
public class ReferentChange implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_referent")
    @SequenceGenerator(name = "measure_referent", sequenceName = "measure_referent_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "worker_id", nullable = false)
    private Long workerId;

    @Column(name = "service_unit_id", nullable = false)
    private Long serviceUnitId;

    protected ReferentChange() {
    }

    ReferentChange(Measure measure, LocalDate from, Long workerId, Long serviceUnitId) {
        this.measure = measure;
        this.from = from;
        this.workerId = workerId;
        this.serviceUnitId = serviceUnitId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }
}
