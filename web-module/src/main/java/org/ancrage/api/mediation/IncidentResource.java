package org.ancrage.api.mediation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ejb.EJB;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ancrage.api.Page;
import org.ancrage.api.Paging;
import org.ancrage.api.QueryValues;
import org.ancrage.mediation.Incident;
import org.ancrage.mediation.IncidentKind;
import org.ancrage.mediation.IncidentOrder;
import org.ancrage.mediation.MediationAction;
import org.ancrage.mediation.MediationService;
import org.ancrage.mediation.Party;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Incidents and their mediation: report, act with a party, resolve. */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mediation")
public class IncidentResource {

    /** An incident as reported. */
    @Schema(example = "{\"kind\": \"UNPAID_RENT\", \"householdId\": 12, \"dwellingId\": 4, \"occurredOn\": \"2026-05-06\", \"description\": \"Deux mois de loyer impayés signalés par le bailleur\", \"parties\": [\"LANDLORD\", \"HOUSEHOLD\"]}")
    public static class NewIncident {
        @NotNull public IncidentKind kind;
        public Long householdId;
        public Long dwellingId;
        @NotNull public LocalDate occurredOn;
        @NotBlank @Size(max = Incident.TEXT_LENGTH) public String description;
        @NotEmpty @Size(max = 10) public Set<Party> parties;
    }

    /** A mediation action. */
    public static class NewAction {
        @NotNull public Long version;
        @NotNull public LocalDate takenOn;
        @NotNull public Party party;
        @NotBlank @Size(max = MediationAction.DESCRIPTION_LENGTH) public String description;
    }

    /** The resolution. */
    public static class Resolution {
        @NotNull public Long version;
        @NotNull public LocalDate resolvedOn;
        @NotBlank @Size(max = Incident.TEXT_LENGTH) public String resolution;
    }

    @EJB
    private MediationService mediation;

    @POST
    @Operation(summary = "Report an incident about a household, a dwelling or both")
    public Response report(NewIncident body) {
        Incident incident = mediation.reportIncident(new MediationService.Report(body.kind, body.householdId,
                body.dwellingId, body.occurredOn, body.description, body.parties));
        return Response.status(Response.Status.CREATED).entity(IncidentView.of(incident)).build();
    }

    /** The columns the open incidents may be sorted on: when they happened, their kind. */
    static final Map<String, String> SORTS = sorts();

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("occurredOn", "occurredOn");
        sorts.put("kind", "kind");
        return sorts;
    }

    @GET
    @Operation(summary = "A household's incidents (householdId, newest first), or the open ones (optionally of a "
            + "kind); a page (sort, for the open ones: occurredOn, kind)")
    public Page<IncidentView> list(@QueryParam("householdId") String householdId, @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Paging<String> paging = Paging.of(page, size, sort, SORTS);
        Long household = QueryValues.idOrNull("householdId", householdId);
        IncidentKind of = QueryValues.enumOrNull("kind", IncidentKind.class, kind);
        if (household != null) {
            return Page.of(mediation.incidentsOfHousehold(household).stream().map(IncidentView::of).toList(), paging);
        }
        IncidentOrder order = paging.order().equals("kind")
                ? (paging.descending() ? IncidentOrder.KIND_DESCENDING : IncidentOrder.KIND)
                : (paging.descending() ? IncidentOrder.NEWEST_FIRST : IncidentOrder.OLDEST_FIRST);
        return Page.of(mediation.openIncidents(of, order, paging.first(), paging.size()).stream()
                .map(IncidentView::of).toList(), paging, mediation.countOpenIncidents(of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An incident with its actions")
    public IncidentView get(@PathParam("id") long id) {
        return IncidentView.of(mediation.getIncident(id));
    }

    @POST
    @Path("{id}/actions")
    @Operation(summary = "Record a mediation action (409 if the incident changed since read)")
    public IncidentView act(@PathParam("id") long id, NewAction body) {
        return IncidentView.of(mediation.recordAction(id, body.version, body.takenOn, body.party, body.description));
    }

    @POST
    @Path("{id}/resolution")
    @Operation(summary = "Resolve the incident")
    public IncidentView resolve(@PathParam("id") long id, Resolution body) {
        return IncidentView.of(mediation.resolveIncident(id, body.version, body.resolvedOn, body.resolution));
    }
}
