package org.ancrage.api.housing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Map;
import java.util.Comparator;
import org.ancrage.api.Paging;
import org.ancrage.api.Page;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.api.QueryValues;
import org.ancrage.housing.Agreement;
import org.ancrage.housing.OccupancyService;
import org.ancrage.housing.Occupancy;
import org.ancrage.money.Money;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Placing a household, its rent terms, its leaving and the lease transfer. Rent is under {@code /rent}. */
@Path("occupancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Housing")
public class OccupancyResource {

    /** Monthly rent, charges and housing benefit. */
    public static class TermsBody {
        public Long version;
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) public BigDecimal rent;
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) public BigDecimal charges;
        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) public BigDecimal housingBenefit;

        Occupancy.Terms terms() {
            return new Occupancy.Terms(Money.of(rent), Money.of(charges),
                    housingBenefit == null ? Money.ZERO : Money.of(housingBenefit));
        }
    }

    /** A household placed in a dwelling for its measure. */
    @Schema(example = "{\"dwellingId\": 4, \"householdId\": 12, \"measureId\": 31, \"agreement\": \"SUB_LEASE\", \"start\": \"2026-04-01\", \"rent\": 420.00, \"charges\": 40.00, \"housingBenefit\": 310.50}")
    public static class NewPlacement extends TermsBody {
        @NotNull public Long dwellingId;
        @NotNull public Long householdId;
        @NotNull public Long measureId;
        @NotNull public Agreement agreement;
        @NotNull public LocalDate start;
    }

    /** The household leaves: the date, and the state of the dwelling. */
    public static class Leaving {
        @NotNull public Long version;
        @NotNull public LocalDate date;
        @Size(max = Occupancy.EXIT_STATE_LENGTH) public String exitState;
    }

    /** The date the lease passes to the household. */
    public static class Transfer {
        @NotNull public Long version;
        @NotNull public LocalDate date;
    }

    /** How a list of occupancies may be sorted. */
    static final Map<String, Comparator<OccupancyView>> ORDER = Map.of("start", Paging.by(OccupancyView::start));

    @EJB
    private OccupancyService occupancies;

    @POST
    @Operation(summary = "Place a household in a dwelling (a place must be free and a contract cover the date)")
    public Response place(NewPlacement body) {
        Occupancy occupancy = occupancies.placeHousehold(new OccupancyService.Placement(body.dwellingId, body.householdId,
                body.measureId, body.agreement, body.start, body.terms()));
        return Response.status(Response.Status.CREATED).entity(OccupancyView.of(occupancy)).build();
    }

    @GET
    @Operation(summary = "A household's occupancies; a page (sort: start, newest first by default)")
    public Page<OccupancyView> ofHousehold(@QueryParam("householdId") String householdId,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Paging<Comparator<OccupancyView>> paging = Paging.of(page, size, sort, ORDER, "start,desc");
        return Page.sorted(occupancies.occupanciesOfHousehold(QueryValues.id("householdId", householdId)).stream()
                .map(OccupancyView::of).toList(), paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An occupancy")
    public OccupancyView get(@PathParam("id") long id) {
        return OccupancyView.of(occupancies.getOccupancy(id));
    }

    @PUT
    @Path("{id}/terms")
    @Operation(summary = "Change rent, charges or housing benefit for the calls to come (409 if changed since read)")
    public OccupancyView changeTerms(@PathParam("id") long id, TermsBody body) {
        return OccupancyView.of(occupancies.changeOccupancyTerms(id, body.version == null ? -1 : body.version,
                body.terms()));
    }

    @POST
    @Path("{id}/leaving")
    @Operation(summary = "The household leaves the dwelling")
    public OccupancyView leave(@PathParam("id") long id, Leaving body) {
        return OccupancyView.of(occupancies.leaveDwelling(id, body.version, body.date, body.exitState));
    }

    @POST
    @Path("{id}/lease-transfer")
    @Operation(summary = "Lease transfer (glissement de bail): the lease passes to the household, the measure ends")
    public LeaseTransferView transfer(@PathParam("id") long id, Transfer body) {
        OccupancyService.LeaseTransfer done = occupancies.transferLease(id, body.version, body.date);
        return new LeaseTransferView(OccupancyView.of(done.ended()),
                done.underMandate().map(OccupancyView::of).orElse(null), done.dwelling().getState());
    }
}
