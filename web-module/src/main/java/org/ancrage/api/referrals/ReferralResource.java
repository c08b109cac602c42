package org.ancrage.api.referrals;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ancrage.documents.Paper;
import org.ancrage.api.Page;
import org.ancrage.api.Paging;
import org.ancrage.api.Papers;
import org.ancrage.api.QueryValues;
import org.ancrage.api.measures.MeasureView;
import org.ancrage.referrals.InterviewOutcome;
import org.ancrage.referrals.OrientingBody;
import org.ancrage.referrals.Referral;
import org.ancrage.referrals.ReferralService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Referrals: the waiting list per programme, and admission. */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralResource {

    /** A referral received from an orienting body. */
    @Schema(example = "{\"householdId\": 12, \"programmeId\": 3, \"orientingBody\": \"SIAO\", \"receivedOn\": \"2026-03-02\", \"orientingReference\": \"SIAO-55-2026-0412\", \"referrerName\": \"Léa Morel\", \"referrerContact\": \"03 29 00 00 00\", \"comment\": \"Hébergée chez un tiers depuis janvier\"}")
    public static class NewReferral {
        @NotNull public Long householdId;
        @NotNull public Long programmeId;
        @NotNull public OrientingBody orientingBody;
        @NotNull public LocalDate receivedOn;
        /** The orienting body's own reference (SIAO request number…). */
        @Size(max = Referral.REFERENCE_LENGTH) public String orientingReference;
        @Size(max = Referral.REFERRER_LENGTH) public String referrerName;
        @Size(max = Referral.REFERRER_CONTACT_LENGTH) public String referrerContact;
        @Size(max = Referral.COMMENT_LENGTH) public String comment;
    }

    /** The admission: who follows the household, from when. */
    @Schema(example = "{\"version\": 2, \"referentWorkerId\": 7, \"serviceUnitId\": 1, \"start\": \"2026-04-01\"}")
    public static class Admission {
        @NotNull public Long version;
        @NotNull public Long referentWorkerId;
        @NotNull public Long serviceUnitId;
        @NotNull public LocalDate start;
    }

    /** A refusal and its reason. */
    public static class Refusal {
        @NotNull public Long version;
        @NotNull public LocalDate on;
        @NotBlank @Size(max = Referral.REASON_LENGTH) public String reason;
    }

    @EJB
    private ReferralService referrals;

    @Context
    private HttpHeaders headers;

    @POST
    @Operation(summary = "Receive a referral; it waits on the programme's list")
    public Response receive(NewReferral body) {
        return Response.status(Response.Status.CREATED).entity(ReferralView.of(referrals.receiveReferral(
                body.householdId, body.programmeId, body.orientingBody, body.receivedOn, new Referral.Details(
                        body.orientingReference, body.referrerName, body.referrerContact, body.comment)))).build();
    }

    @GET
    @Operation(summary = "The waiting list of a programme (programmeId), oldest first; a page (sort: received)")
    public Page<ReferralView> waiting(@QueryParam("programmeId") String programmeId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Paging<String> paging = Paging.of(page, size, sort, Map.of("received", "received"));
        List<ReferralView> all = new java.util.ArrayList<>(referrals.waitingList(QueryValues.id("programmeId",
                programmeId)).stream().map(ReferralView::of).toList());
        if (paging.descending()) {
            java.util.Collections.reverse(all);
        }
        return Page.of(all, paging);
    }

    @POST
    @Path("{id}/admission")
    @Operation(summary = "Admit: the measure opens; 422 with the reason when the household is not eligible")
    public MeasureView admit(@PathParam("id") long id, Admission body) {
        return MeasureView.of(referrals.admit(id, body.version, body.referentWorkerId, body.serviceUnitId, body.start));
    }

    /** The admission interview: its date; once held, who attended, the notes and the outcome. */
    public static class Interview {
        @NotNull public Long version;
        @NotNull public LocalDate on;
        @Size(max = Referral.ATTENDEES_LENGTH) public String attendees;
        @Size(max = Referral.NOTES_LENGTH) public String notes;
        public InterviewOutcome outcome;
    }

    @POST
    @Path("{id}/interview")
    @Operation(summary = "Set the admission interview, or record it as held (with its outcome)")
    public ReferralView interview(@PathParam("id") long id, Interview body) {
        return ReferralView.of(body.outcome == null ? referrals.scheduleInterview(id, body.version, body.on)
                : referrals.recordInterview(id, body.version, new Referral.Interview(body.on, body.attendees,
                        body.notes, body.outcome)));
    }

    @POST
    @Path("{id}/refusal")
    @Operation(summary = "Refuse, with a reason")
    public ReferralView refuse(@PathParam("id") long id, Refusal body) {
        return ReferralView.of(referrals.refuse(id, body.version, body.on, body.reason));
    }

    @GET
    @Path("{id}/decision-letter")
    @Produces("application/pdf")
    @Operation(summary = "The letter of the decision to the household (admission or refusal with its reason) as PDF,"
            + " in the caller's language (422 while the referral waits); kept among the household's documents")
    public Response decisionLetter(@PathParam("id") long id) {
        Paper letter = referrals.decisionLetter(id, Papers.language(headers));
        return Papers.attachment(letter).build();
    }
}
