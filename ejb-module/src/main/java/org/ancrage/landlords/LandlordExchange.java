package org.ancrage.landlords;

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

/** One call, letter, meeting or visit with a landlord: the history mediation relies on. */
@Entity
@Table(name = "landlord_exchange")
public class LandlordExchange implements Serializable {

    public static final int SUMMARY_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "landlord_exchange")
    @SequenceGenerator(name = "landlord_exchange", sequenceName = "landlord_exchange_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "landlord_id", nullable = false)
    private Landlord landlord;

    @NotNull
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 16, nullable = false)
    private ExchangeChannel channel;

    @NotBlank
    @Size(max = SUMMARY_LENGTH)
    @Column(name = "summary", length = SUMMARY_LENGTH, nullable = false)
    private String summary;

    @Column(name = "recorded_by", length = 80)
    private String recordedBy;

    protected LandlordExchange() {
    }

    LandlordExchange(Landlord landlord, LocalDate occurredOn, ExchangeChannel channel, String summary,
            String recordedBy) {
        this.landlord = landlord;
        this.occurredOn = occurredOn;
        this.channel = channel;
        this.summary = summary;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public ExchangeChannel getChannel() {
        return channel;
    }

    public String getSummary() {
        return summary;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
