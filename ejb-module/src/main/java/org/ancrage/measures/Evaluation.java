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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The written assessment (bilan) of a period: what was gained, what still needs support, and the
 * decision it proposes.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation implements Serializable {

    public static final int TEXT_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation")
    @SequenceGenerator(name = "evaluation", sequenceName = "evaluation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    @Column(name = "period_number", nullable = false)
    private int periodNumber;

    @NotNull
    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(name = "author_id")
    private Long authorId;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(name = "assessment", length = TEXT_LENGTH, nullable = false)
    private String assessment;

    @Size(max = TEXT_LENGTH)
    @Column(name = "gains", length = TEXT_LENGTH)
    private String gains;

    @Size(max = TEXT_LENGTH)
    @Column(name = "remaining_needs", length = TEXT_LENGTH)
    private String remainingNeeds;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_decision", length = 24, nullable = false)
    private Decision proposedDecision;

    /** The day the bilan was sent to the funder or the commission; null until it is. */
    @Column(name = "sent_on")
    private LocalDate sentOn;

    protected Evaluation() {
    }

    public Evaluation(LocalDate writtenOn, Long authorId, String assessment, String gains, String remainingNeeds,
            Decision proposedDecision) {
        this.writtenOn = writtenOn;
        this.authorId = authorId;
        this.assessment = assessment;
        this.gains = gains;
        this.remainingNeeds = remainingNeeds;
        this.proposedDecision = proposedDecision;
    }

    /** The same bilan, sent to the funder or the commission on {@code sentOn} (a day not before it was written). */
    public Evaluation sentOn(LocalDate sentOn) {
        if (sentOn != null && writtenOn != null && sentOn.isBefore(writtenOn)) {
            throw new MeasureRefused("measure.evaluation.sentBeforeWritten", writtenOn);
        }
        this.sentOn = sentOn;
        return this;
    }

    void attachTo(Measure measure, int periodNumber) {
        this.measure = measure;
        this.periodNumber = periodNumber;
    }

    public Long getId() {
        return id;
    }

    public int getPeriodNumber() {
        return periodNumber;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAssessment() {
        return assessment;
    }

    public String getGains() {
        return gains;
    }

    public String getRemainingNeeds() {
        return remainingNeeds;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public Decision getProposedDecision() {
        return proposedDecision;
    }
}
