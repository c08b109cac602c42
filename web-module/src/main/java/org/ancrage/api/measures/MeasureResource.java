package org.ancrage.api.measures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.ancrage.documents.Paper;
import org.ancrage.api.Papers;
import org.ancrage.measures.Decision;
import org.ancrage.measures.Derogation;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.Evaluation;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.MeasureService;
import org.ancrage.measures.Objective;
import org.ancrage.measures.ObjectiveDomain;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Measures: periods, evaluations, renewals (by derogation), end. Every change sends the version read. */
@Path("measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class MeasureResource {

    /** A renewal; the derogation fields when the programme's step needs one. */
    @Schema(example = "{\"version\": 4, \"derogationGrantedBy\": \"DDETSPP de la Meuse\", \"derogationGrantedOn\": \"2026-09-15\", \"derogationReference\": \"DDETS-2026-118\"}")
    public static class Renewal {
        @NotNull public Long version;
        @Size(max = 120) public String derogationGrantedBy;
        public LocalDate derogationGrantedOn;
        @Size(max = 80) public String derogationReference;
    }

    /** The evaluation (bilan) of the current period. */
    @Schema(example = "{\"version\": 5, \"writtenOn\": \"2026-06-20\", \"assessment\": \"Budget tenu, loyer payé chaque mois\", \"gains\": \"Ouverture des droits APL\", \"remainingNeeds\": \"Démarches de relogement\", \"proposedDecision\": \"RENEW\"}")
    public static class NewEvaluation {
        @NotNull public Long version;
        @NotNull public LocalDate writtenOn;
        public Long authorId;
        @NotBlank @Size(max = Evaluation.TEXT_LENGTH) public String assessment;
        @Size(max = Evaluation.TEXT_LENGTH) public String gains;
        @Size(max = Evaluation.TEXT_LENGTH) public String remainingNeeds;
        @NotNull public Decision proposedDecision;
        /** The day the bilan was sent to the funder or the commission, if it was. */
        public LocalDate sentOn;
    }

    /** The end of a measure. */
    @Schema(example = "{\"version\": 6, \"date\": \"2026-12-31\", \"reason\": \"OBJECTIVES_REACHED\", \"housingOutcome\": \"STAYED_IN_DWELLING\"}")
    public static class Ending {
        @NotNull public Long version;
        @NotNull public LocalDate date;
        @NotNull public EndReason reason;
        @NotNull public HousingOutcome housingOutcome;
    }

    /** The support contract: its objectives, and when it was signed. */
    public static class Contract {
        @NotNull public Long version;
        @NotNull public LocalDate signedOn;
        @NotEmpty @Size(max = 30) @Valid public List<NewObjective> objectives;
    }

    /** One objective of the contract. */
    public static class NewObjective {
        @NotNull public ObjectiveDomain domain;
        @NotBlank @Size(max = Objective.DESCRIPTION_LENGTH) public String description;
    }

    /** A suspension of the support, with its dates. */
    public static class NewSuspension {
        @NotNull public Long version;
        @NotNull public LocalDate from;
        @NotNull public LocalDate to;
        @Size(max = 500) public String reason;
    }

    /** Another referent, possibly in another service, from a date. */
    public static class NewReferent {
        @NotNull public Long version;
        @NotNull public LocalDate from;
        @NotNull public Long workerId;
        @NotNull public Long serviceUnitId;
    }

    @EJB
    private MeasureService measures;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("{id}/support-contract")
    @Operation(summary = "Sign the support contract with its objectives")
    public MeasureView signContract(@PathParam("id") long id, Contract body) {
        return MeasureView.of(measures.signSupportContract(id, body.version, body.signedOn, body.objectives.stream()
                .map(o -> new MeasureService.ObjectiveSpec(o.domain, o.description)).toList()));
    }

    @POST
    @Path("{id}/suspensions")
    @Operation(summary = "Suspend the support between two dates")
    public MeasureView suspend(@PathParam("id") long id, NewSuspension body) {
        return MeasureView.of(measures.suspendMeasure(id, body.version, body.from, body.to, body.reason));
    }

    @POST
    @Path("{id}/referent")
    @Operation(summary = "Change the referent worker (and service) from a date")
    public MeasureView changeReferent(@PathParam("id") long id, NewReferent body) {
        return MeasureView.of(measures.changeReferent(id, body.version, body.from, body.workerId, body.serviceUnitId));
    }

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
        return MeasureView.of(measures.evaluateMeasure(id, body.version, new Evaluation(body.writtenOn, body.authorId,
                body.assessment, body.gains, body.remainingNeeds, body.proposedDecision).sentOn(body.sentOn)));
    }

    @GET
    @Path("{id}/evaluations/{evaluationId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "A bilan as PDF, as it is sent to the funder, in the caller's language; kept among the"
            + " household's documents")
    public Response bilan(@PathParam("id") long id, @PathParam("evaluationId") long evaluationId) {
        Paper bilan = measures.bilanPdf(id, evaluationId, Papers.language(headers));
        return Papers.attachment(bilan).build();
    }

    @GET
    @Path("{id}/end-letter")
    @Produces("application/pdf")
    @Operation(summary = "The letter telling the household its support has ended (when, why, where it lives now) as"
            + " PDF, written from the association's text, in the caller's language (422 while the measure is open);"
            + " kept among the household's documents")
    public Response endLetter(@PathParam("id") long id) {
        return Papers.attachment(measures.endLetter(id, Papers.language(headers))).build();
    }

    @GET
    @Path("{id}/support-contract/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The signed support contract as PDF, with its objectives and a place for both signatures,"
            + " in the caller's language (422 before it is signed); kept among the household's documents")
    public Response supportContract(@PathParam("id") long id) {
        Paper contract = measures.supportContractPdf(id, Papers.language(headers));
        return Papers.attachment(contract).build();
    }

    @POST
    @Path("{id}/renewals")
    @Operation(summary = "Renew; 422 with the programme's reason when its rules refuse")
    public MeasureView renew(@PathParam("id") long id, Renewal body) {
        Derogation derogation = body.derogationGrantedBy == null && body.derogationGrantedOn == null ? null
                : new Derogation(body.derogationGrantedBy, body.derogationGrantedOn, body.derogationReference);
        return MeasureView.of(measures.renewMeasure(id, body.version, derogation));
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End the measure with its reason and housing outcome")
    public MeasureView end(@PathParam("id") long id, Ending body) {
        return MeasureView.of(measures.endMeasure(id, body.version, body.date, body.reason, body.housingOutcome));
    }
}
