package org.ancrage.api.landlords;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
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
import java.time.LocalDate;
import java.util.Map;
import org.ancrage.api.BadParameter;
import org.ancrage.api.Page;
import org.ancrage.api.Paging;
import org.ancrage.api.QueryValues;
import org.ancrage.landlords.ExchangeChannel;
import org.ancrage.landlords.LandlordExchange;
import org.ancrage.landlords.LandlordKind;
import org.ancrage.landlords.LandlordOrder;
import org.ancrage.landlords.LandlordService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Landlords and the history of exchanges with them. */
@Path("landlords")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Landlords")
public class LandlordResource {

    /** A landlord as typed; {@code version} when updating. */
    @Schema(example = "{\"kind\": \"PRIVATE\", \"name\": \"Jean Dupont\", \"contactPerson\": \"Jean Dupont\", \"address\": \"12 rue Voltaire, 55100 Verdun\", \"phone\": \"06 12 34 56 78\", \"email\": \"jean.dupont@example.org\"}")
    public static class LandlordBody {
        public Long version;
        @NotNull public LandlordKind kind;
        @NotBlank @Size(max = 160) public String name;
        @Size(max = 120) public String contactPerson;
        @Size(max = 240) public String address;
        @Size(max = 30) public String phone;
        @Email @Size(max = 254) public String email;

        LandlordService.Details details() {
            return new LandlordService.Details(kind, name, contactPerson, address, phone, email);
        }
    }

    /** An exchange with the landlord. */
    public static class NewExchange {
        @NotNull public LocalDate occurredOn;
        @NotNull public ExchangeChannel channel;
        @NotBlank @Size(max = LandlordExchange.SUMMARY_LENGTH) public String summary;
    }

    @EJB
    private LandlordService landlords;

    @POST
    @Operation(summary = "Register a landlord")
    public Response register(LandlordBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(LandlordView.of(landlords.registerLandlord(body.details()))).build();
    }

    /** The columns a landlord search may be sorted on. */
    static final Map<String, LandlordOrder> SORTS = Paging.columns(LandlordOrder.NAME, LandlordOrder.KIND,
            LandlordOrder.CONTACT);

    @GET
    @Operation(summary = "Landlords by name (containing) and kind; a page (sort: name, kind, contact)")
    public Page<LandlordView> search(@QueryParam("name") String name, @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Paging<LandlordOrder> paging = Paging.of(page, size, sort, SORTS);
        String named = QueryValues.textOrNull("name", name, 160);
        LandlordKind of = QueryValues.enumOrNull("kind", LandlordKind.class, kind);
        return Page.of(landlords.searchLandlords(named, of, paging.order(), paging.descending(), paging.first(),
                paging.size()).stream().map(LandlordView::of).toList(), paging, landlords.countLandlords(named, of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A landlord with the history of exchanges, newest first")
    public LandlordView get(@PathParam("id") long id) {
        return LandlordView.of(landlords.getLandlord(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a landlord (409 if changed since read)")
    public LandlordView update(@PathParam("id") long id, LandlordBody body) {
        if (body.version == null) {
            throw new BadParameter("version", "api.parameter.required");
        }
        return LandlordView.of(landlords.updateLandlord(id, body.version, body.details()));
    }

    @POST
    @Path("{id}/exchanges")
    @Operation(summary = "Record an exchange with the landlord")
    public Response recordExchange(@PathParam("id") long id, NewExchange body) {
        return Response.status(Response.Status.CREATED).entity(LandlordView.of(
                landlords.recordExchange(id, body.occurredOn, body.channel, body.summary))).build();
    }
}
