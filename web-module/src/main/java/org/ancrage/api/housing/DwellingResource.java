package org.ancrage.api.housing;

import jakarta.ejb.EJB;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.Map;
import org.ancrage.api.BadParameter;
import org.ancrage.api.Page;
import org.ancrage.api.Paging;
import org.ancrage.api.QueryValues;
import org.ancrage.api.mediation.IncidentView;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.ContractKind;
import org.ancrage.housing.DwellingOrder;
import org.ancrage.housing.DwellingSize;
import org.ancrage.housing.DwellingState;
import org.ancrage.housing.Guarantee;
import org.ancrage.housing.HousingContract;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.OccupancyService;
import org.ancrage.mediation.MediationService;
import org.ancrage.money.Money;
import org.ancrage.system.AssociationClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dwellings of the stock, their state, their main lease or mandate, who lived there and what happened. */
@Path("dwellings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Housing")
public class DwellingResource {

    /** A dwelling as typed; {@code version} when updating. */
    @Schema(name = "DwellingBody", description = "A dwelling as typed; version when updating",
            example = "{\"landlordId\": 3, \"serviceUnitId\": 1, \"address\": \"4 place de la Gare\", "
                    + "\"postcode\": \"55100\", \"city\": \"Verdun\", \"size\": \"T3\", \"surface\": 62.5, "
                    + "\"floor\": 2, \"lift\": false, \"stepFree\": false, \"rent\": 410.00, \"charges\": 45.00, \"places\": 1}")
    public static class DwellingBody {
        public Long version;
        @NotNull public Long landlordId;
        @NotNull public Long serviceUnitId;
        @NotBlank @Size(max = 240) public String address;
        @NotBlank @Pattern(regexp = "\\d{5}") public String postcode;
        @NotBlank @Size(max = 120) public String city;
        @NotNull public DwellingSize size;
        @NotNull @DecimalMin("1") @DecimalMax("99999") @Digits(integer = 5, fraction = 2) public BigDecimal surface;
        @Min(-3) @Max(99) public Integer floor;
        public boolean lift;
        public boolean stepFree;
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) public BigDecimal rent;
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) public BigDecimal charges;
        public Long programmeId;
        @Min(1) @Max(20) public int places = 1;

        DwellingService.DwellingDetails details() {
            return new DwellingService.DwellingDetails(landlordId, serviceUnitId, address, postcode, city, size,
                    surface, floor, lift, stepFree, Money.of(rent), Money.of(charges), programmeId, places);
        }
    }

    /** The main lease or management mandate signed with the landlord. */
    public static class NewContract {
        @NotNull public ContractKind kind;
        @NotNull public LocalDate start;
        public LocalDate end;
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) public BigDecimal rent;
        @NotNull public Guarantee guarantee;
        @Size(max = 80) public String guaranteeReference;
        @Min(0) @Max(24) public int noticeMonths = 3;
        public boolean tacitRenewal = true;
        public AfterLeaseTransfer afterLeaseTransfer;
    }

    /** A change of state sent with the version read (and a date where one is needed). */
    public static class StateChange {
        @NotNull public Long version;
        public LocalDate on;
    }

    @EJB
    private DwellingService dwellings;
    @EJB
    private OccupancyService occupancies;

    @EJB
    private MediationService mediation;

    @POST
    @Operation(summary = "Register a dwelling of the stock")
    public Response register(DwellingBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(DwellingView.of(dwellings.registerDwelling(body.details()))).build();
    }

    /** The columns a dwelling search may be sorted on. */
    static final Map<String, DwellingOrder> SORTS = Paging.columns(DwellingOrder.ADDRESS, DwellingOrder.CITY,
            DwellingOrder.SIZE, DwellingOrder.SURFACE, DwellingOrder.RENT, DwellingOrder.STATE);

    @GET
    @Operation(summary = "Dwellings by state, type (T1–T6), city (beginning), programme, landlord or service; a page "
            + "(sort: address, city, size, surface, rent, state); the type is dwellingSize, size being the page's")
    public Page<DwellingView> search(@QueryParam("state") String state,
            @QueryParam("dwellingSize") String dwellingSize, @QueryParam("city") String city,
            @QueryParam("programmeId") String programmeId, @QueryParam("landlordId") String landlordId,
            @QueryParam("serviceUnitId") String serviceUnitId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Paging<DwellingOrder> paging = Paging.of(page, size, sort, SORTS);
        var filter = new DwellingService.DwellingFilter(QueryValues.enumOrNull("state", DwellingState.class, state),
                QueryValues.enumOrNull("dwellingSize", DwellingSize.class, dwellingSize),
                QueryValues.textOrNull("city", city, 120), QueryValues.idOrNull("programmeId", programmeId),
                QueryValues.idOrNull("landlordId", landlordId), QueryValues.idOrNull("serviceUnitId", serviceUnitId));
        return Page.of(dwellings.searchDwellings(filter, paging.order(), paging.descending(), paging.first(),
                paging.size()).stream().map(DwellingView::of).toList(), paging, dwellings.countDwellings(filter));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A dwelling")
    public DwellingView get(@PathParam("id") long id) {
        return DwellingView.of(dwellings.getDwelling(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a dwelling (409 if changed since read)")
    public DwellingView update(@PathParam("id") long id, DwellingBody body) {
        if (body.version == null) {
            throw new BadParameter("version", "api.parameter.required");
        }
        return DwellingView.of(dwellings.updateDwelling(id, body.version, body.details()));
    }

    @POST
    @Path("{id}/works")
    @Operation(summary = "The dwelling goes into works (it must be empty)")
    public DwellingView startWorks(@PathParam("id") long id, StateChange body) {
        return DwellingView.of(dwellings.startWorks(id, body.version));
    }

    @POST
    @Path("{id}/works/end")
    @Operation(summary = "The works are over: the dwelling is available")
    public DwellingView endWorks(@PathParam("id") long id, StateChange body) {
        return DwellingView.of(dwellings.endWorks(id, body.version));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Give the dwelling back to its landlord (it must be empty); its contract ends")
    public DwellingView returnToLandlord(@PathParam("id") long id, StateChange body) {
        return DwellingView.of(dwellings.returnToLandlord(id, body.version,
                body.on == null ? AssociationClock.today() : body.on));
    }

    @POST
    @Path("{id}/contracts")
    @Operation(summary = "Sign the main lease or management mandate")
    public Response signContract(@PathParam("id") long id, NewContract body) {
        HousingContract contract = dwellings.signContract(id, new HousingContract.Terms(body.kind, body.start, body.end,
                Money.of(body.rent), body.guarantee, body.guaranteeReference, body.noticeMonths, body.tacitRenewal,
                body.afterLeaseTransfer));
        return Response.status(Response.Status.CREATED).entity(ContractView.of(contract)).build();
    }

    @GET
    @Path("{id}/contracts")
    @Operation(summary = "The dwelling's leases and mandates; a page (sort: start, oldest first by default)")
    public Page<ContractView> contracts(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Page.sorted(dwellings.contractsOf(id).stream().map(ContractView::of).toList(),
                Paging.of(page, size, sort, Map.of("start", Paging.by(ContractView::start)), "start"));
    }

    @GET
    @Path("{id}/occupancies")
    @Operation(summary = "Occupancy history; a page (sort: start, newest first by default)")
    public Page<OccupancyView> occupancies(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Page.sorted(occupancies.occupancyHistory(id).stream().map(OccupancyView::of).toList(),
                Paging.of(page, size, sort, OccupancyResource.ORDER, "start,desc"));
    }

    @GET
    @Path("{id}/incidents")
    @Operation(summary = "Incidents about the dwelling; a page (sort: occurredOn, newest first by default)")
    public Page<IncidentView> incidents(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Page.sorted(mediation.incidentsOfDwelling(id).stream().map(IncidentView::of).toList(),
                Paging.of(page, size, sort, Map.of("occurredOn", Paging.by(IncidentView::occurredOn)), "occurredOn,desc"));
    }
}
