package org.ancrage.api.housing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import org.ancrage.api.Paging;
import org.ancrage.api.Page;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.ancrage.api.QueryValues;
import org.ancrage.housing.CapacityService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Financed places per programme against places taken: figures only, readable by funders. */
@Path("capacity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity")
public class CapacityResource {

    /** Places a funder finances over a span of time. */
    public static class NewFinancing {
        @Min(0) @Max(100000) public int places;
        @NotNull public LocalDate validFrom;
        public LocalDate validTo;
        @Size(max = 80) public String funderReference;
    }

    @EJB
    private CapacityService capacity;

    @GET
    @Operation(summary = "Every active programme's financed and occupied places on a date (default today); a page"
            + " (sort: programme, occupancyRate)")
    public Page<FiguresView> all(@QueryParam("on") String on, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Map<String, Comparator<FiguresView>> columns = new LinkedHashMap<>();
        columns.put("programme", Paging.by(FiguresView::programme));
        columns.put("occupancyRate", Paging.by(FiguresView::occupancyRate));
        Paging<Comparator<FiguresView>> paging = Paging.of(page, size, sort, columns, "programme");
        return Page.sorted(capacity.capacityOn(QueryValues.dateOrToday("on", on)).stream().map(FiguresView::of).toList(),
                paging);
    }

    @GET
    @Path("{programmeId}")
    @Operation(summary = "One programme's financed and occupied places on a date (default today)")
    public FiguresView one(@PathParam("programmeId") long programmeId, @QueryParam("on") String on) {
        return FiguresView.of(capacity.capacityOn(programmeId, QueryValues.dateOrToday("on", on)));
    }

    @GET
    @Path("{programmeId}/vacant-place-days")
    @Operation(summary = "Financed places left empty, summed over the days of a period")
    public VacancyView vacancy(@PathParam("programmeId") long programmeId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate start = QueryValues.dateOrToday("from", from);
        LocalDate end = QueryValues.dateOrToday("to", to);
        return new VacancyView(programmeId, start, end, capacity.vacantPlaceDays(programmeId, start, end));
    }

    @POST
    @Path("{programmeId}/financed-places")
    @Operation(summary = "Record places financed for a programme over a span of time")
    public Response finance(@PathParam("programmeId") long programmeId, NewFinancing body) {
        return Response.status(Response.Status.CREATED).entity(FinancedView.of(capacity.financePlaces(programmeId,
                body.places, body.validFrom, body.validTo, body.funderReference))).build();
    }

    @GET
    @Path("{programmeId}/financed-places")
    @Operation(summary = "The spans of financed places of a programme; a page (sort: validFrom)")
    public Page<FinancedView> financed(@PathParam("programmeId") long programmeId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Page.sorted(capacity.financedPlacesOf(programmeId).stream().map(FinancedView::of).toList(),
                Paging.of(page, size, sort, Map.of("validFrom", Paging.by(FinancedView::validFrom)), "validFrom"));
    }
}
