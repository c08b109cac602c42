package org.ancrage.retention;

import org.ancrage.system.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** How long one category of personal data is kept, as the administrator set it. */
@Entity
@Table(name = "retention_rule")
public class RetentionRule implements Audited {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 1200;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private DataCategory category;

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths;

    @Version
    private long version;

    protected RetentionRule() {
    }

    /** Sets the period, refusing one outside {@value #MIN_MONTHS}–{@value #MAX_MONTHS} months. */
    public void keepFor(int months) {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new RetentionRefused("retention.months.outOfRange", MIN_MONTHS, MAX_MONTHS);
        }
        this.retentionMonths = months;
    }

    /** The last day whose data is past its period on {@code today}. */
    public LocalDate cutoff(LocalDate today) {
        return today.minusMonths(retentionMonths);
    }

    public DataCategory getCategory() {
        return category;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public long getVersion() {
        return version;
    }
}
