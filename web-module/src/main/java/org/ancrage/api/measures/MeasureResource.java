package org.ancrage.api.measures;

import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.api.RequestBodies;
import org.ancrage.measures.Decision;
import org.ancrage.measures.Derogation;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.Evaluation;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.measures.Period;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Measures: periods, evaluations, renewals (by derogation), end. Every change sends the version read. */
@Path("measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class MeasureResource {

    public record PeriodView(int number, String kind, LocalDate start, LocalDate end, String derogationGrantedBy,
            LocalDate derogationGrantedOn, String derogationReference) {
        static PeriodView of(Period p) {
            var d = p.getDerogation();
            return new PeriodView(p.getNumber(), p.getKind().name(), p.getStart(), p.getEnd(),
                    d == null ? null : d.grantedBy(), d == null ? null : d.grantedOn(), d == null ? null : d.reference());
        }
    }

    public record MeasureView(Long id, Long householdId, Long programmeId, String programme, Long referentWorkerId,
            Long serviceUnitId, LocalDate start, String status, List<PeriodView> periods, LocalDate evaluationDue,
            LocalDate endDate, String endReason, String housingOutcome, LocalDate followUpDue, long version) {
        public static MeasureView of(Measure m) {
            return new MeasureView(m.getId(), m.getHouseholdId(), m.getProgramme().getId(), m.getProgramme().getName(),
                    m.getReferentWorkerId(), m.getServiceUnitId(), m.getStart(), m.getStatus().name(),
                    m.getPeriods().stream().map(PeriodView::of).toList(), m.evaluationDue().orElse(null),
                    m.getEndDate(), m.getEndReason() == null ? null : m.getEndReason().name(),
                    m.getHousingOutcome() == null ? null : m.getHousingOutcome().name(), m.getFollowUpDue(),
                    m.getVersion());
        }
    }

    /** A renewal; the derogation fields when the programme's step needs one. */
    public static class Renewal {
        @NotNull public Long version;
        @Size(max = 120) public String derogationGrantedBy;
        public LocalDate derogationGrantedOn;
        @Size(max = 80) public String derogationReference;
    }

    /** The evaluation (bilan) of the current period. */
    public static class NewEvaluation {
        @NotNull public Long version;
        @NotNull public LocalDate writtenOn;
        public Long authorId;
        @NotBlank @Size(max = Evaluation.TEXT_LENGTH) public String assessment;
        @Size(max = Evaluation.TEXT_LENGTH) public String gains;
        @Size(max = Evaluation.TEXT_LENGTH) public String remainingNeeds;
        @NotNull public Decision proposedDecision;
    }

    /** The end of a measure. */
    public static class Ending {
        @NotNull public Long version;
        @NotNull public LocalDate date;
        @NotNull public EndReason reason;
        @NotNull public HousingOutcome housingOutcome;
    }

    @EJB
    private MeasureService measures;

    @GET
    @Path("{id}")
    @Operation(summary = "A measure with its periods and deadlines")
    public MeasureView get(@PathParam("id") long id) {
        return MeasureView.of(measures.getMeasure(id));
    }

    @POST
    @Path("{id}/evaluations")
    @Operation(summary = "Write the evaluation of the current period")
    public MeasureView evaluate(@PathParam("id") long id, NewEvaluation body) {
        RequestBodies.valid(body);
        return MeasureView.of(measures.evaluateMeasure(id, body.version, new Evaluation(body.writtenOn, body.authorId,
                body.assessment, body.gains, body.remainingNeeds, body.proposedDecision)));
    }

    @POST
    @Path("{id}/renewals")
    @Operation(summary = "Renew; 422 with the programme's reason when its rules refuse")
    public MeasureView renew(@PathParam("id") long id, Renewal body) {
        RequestBodies.valid(body);
        Derogation derogation = body.derogationGrantedBy == null && body.derogationGrantedOn == null ? null
                : new Derogation(body.derogationGrantedBy, body.derogationGrantedOn, body.derogationReference);
        return MeasureView.of(measures.renewMeasure(id, body.version, derogation));
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End the measure with its reason and housing outcome")
    public MeasureView end(@PathParam("id") long id, Ending body) {
        RequestBodies.valid(body);
        return MeasureView.of(measures.endMeasure(id, body.version, body.date, body.reason, body.housingOutcome));
    }
}
