package org.ancrage.api.mediation;

import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ancrage.api.QueryValues;
import org.ancrage.api.RequestBodies;
import org.ancrage.mediation.Incident;
import org.ancrage.mediation.IncidentKind;
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

    public record ActionView(Long id, LocalDate takenOn, String party, String description, String takenBy) {
        static ActionView of(MediationAction a) {
            return new ActionView(a.getId(), a.getTakenOn(), a.getParty().name(), a.getDescription(), a.getTakenBy());
        }
    }

    public record IncidentView(Long id, String kind, Long householdId, Long dwellingId, Long landlordId,
            LocalDate occurredOn, String description, List<String> parties, List<ActionView> actions,
            LocalDate resolvedOn, String resolution, long version) {
        public static IncidentView of(Incident i) {
            return new IncidentView(i.getId(), i.getKind().name(), i.getHouseholdId(), i.getDwellingId(),
                    i.getLandlordId(), i.getOccurredOn(), i.getDescription(),
                    i.getParties().stream().sorted().map(Party::name).toList(),
                    i.getActions().stream().map(ActionView::of).toList(), i.getResolvedOn(), i.getResolution(),
                    i.getVersion());
        }
    }

    /** An incident as reported. */
    public static class NewIncident {
        @NotNull public IncidentKind kind;
        public Long householdId;
        public Long dwellingId;
        @NotNull public LocalDate occurredOn;
        @NotBlank @Size(max = Incident.TEXT_LENGTH) public String description;
        @NotEmpty public Set<Party> parties;
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
        RequestBodies.valid(body);
        Incident incident = mediation.reportIncident(new MediationService.Report(body.kind, body.householdId,
                body.dwellingId, body.occurredOn, body.description, body.parties));
        return Response.status(Response.Status.CREATED).entity(IncidentView.of(incident)).build();
    }

    @GET
    @Operation(summary = "A household's incidents (householdId), or the open ones (optionally of a kind), 25 a page")
    public List<IncidentView> list(@QueryParam("householdId") Long householdId, @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("0") int page) {
        List<Incident> found = householdId != null ? mediation.incidentsOfHousehold(householdId)
                : mediation.openIncidents(QueryValues.enumOrNull(IncidentKind.class, kind), Math.max(0, page) * 25, 25);
        return found.stream().map(IncidentView::of).toList();
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
        RequestBodies.valid(body);
        return IncidentView.of(mediation.recordAction(id, body.version, body.takenOn, body.party, body.description));
    }

    @POST
    @Path("{id}/resolution")
    @Operation(summary = "Resolve the incident")
    public IncidentView resolve(@PathParam("id") long id, Resolution body) {
        RequestBodies.valid(body);
        return IncidentView.of(mediation.resolveIncident(id, body.version, body.resolvedOn, body.resolution));
    }
}
