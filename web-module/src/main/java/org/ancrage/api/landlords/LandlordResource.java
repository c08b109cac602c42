package org.ancrage.api.landlords;

import jakarta.ejb.EJB;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import org.ancrage.api.QueryValues;
import org.ancrage.api.RequestBodies;
import org.ancrage.landlords.ExchangeChannel;
import org.ancrage.landlords.Landlord;
import org.ancrage.landlords.LandlordExchange;
import org.ancrage.landlords.LandlordKind;
import org.ancrage.landlords.LandlordService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Landlords and the history of exchanges with them. */
@Path("landlords")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Landlords")
public class LandlordResource {

    public record ExchangeView(Long id, LocalDate occurredOn, String channel, String summary, String recordedBy) {
        static ExchangeView of(LandlordExchange e) {
            return new ExchangeView(e.getId(), e.getOccurredOn(), e.getChannel().name(), e.getSummary(),
                    e.getRecordedBy());
        }
    }

    public record LandlordView(Long id, String kind, String name, String contactPerson, String address, String phone,
            String email, List<ExchangeView> exchanges, long version) {
        static LandlordView of(Landlord l) {
            return new LandlordView(l.getId(), l.getKind().name(), l.getName(), l.getContactPerson(), l.getAddress(),
                    l.getPhone(), l.getEmail(), l.getExchanges().stream().map(ExchangeView::of).toList(),
                    l.getVersion());
        }
    }

    /** A landlord as typed; {@code version} when updating. */
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
        RequestBodies.valid(body);
        return Response.status(Response.Status.CREATED)
                .entity(LandlordView.of(landlords.registerLandlord(body.details()))).build();
    }

    @GET
    @Operation(summary = "Landlords by name (containing) and kind, 25 a page")
    public List<LandlordView> search(@QueryParam("name") String name, @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("0") int page) {
        return landlords.searchLandlords(name, QueryValues.enumOrNull(LandlordKind.class, kind), Math.max(0, page) * 25, 25).stream().map(LandlordView::of)
                .toList();
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
        RequestBodies.valid(body);
        return LandlordView.of(landlords.updateLandlord(id, body.version == null ? -1 : body.version, body.details()));
    }

    @POST
    @Path("{id}/exchanges")
    @Operation(summary = "Record an exchange with the landlord")
    public Response recordExchange(@PathParam("id") long id, NewExchange body) {
        RequestBodies.valid(body);
        return Response.status(Response.Status.CREATED).entity(LandlordView.of(
                landlords.recordExchange(id, body.occurredOn, body.channel, body.summary))).build();
    }
}
