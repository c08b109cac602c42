package org.ancrage.api.households;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
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
import java.util.List;
import java.util.Map;
import org.ancrage.api.Page;
import org.ancrage.api.Paging;
import org.ancrage.api.QueryValues;
import org.ancrage.households.Composition;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdOrder;
import org.ancrage.households.HouseholdQuery;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Nationality;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.households.ResidenceStatus;
import org.ancrage.households.ResourceType;
import org.ancrage.money.Money;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Households: creation (with likely duplicates pointed out), search, the file. */
@Path("households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Households")
public class HouseholdResource {

    /** Likely duplicates in the caller's service in full; in another service, only which service. */
    public record Created(HouseholdView household, List<HouseholdView> likelyDuplicates,
            List<HouseholdService.DuplicateElsewhere> likelyDuplicatesElsewhere) {
    }

    /** A member as sent by the caller. */
    public static class NewMember {
        @NotBlank @Size(max = Person.NAME_LENGTH) public String lastName;
        @NotBlank @Size(max = Person.NAME_LENGTH) public String firstName;
        @Past public LocalDate birthDate;
        @Pattern(regexp = "[FMX]") public String sex;
        @NotNull public Relationship relationship;
    }

    /** The most members a household sent to the API may have (a larger one is a mistake or an attack). */
    public static final int MAX_MEMBERS = 30;

    /** A new household: its service, its members (the head first), its residence status and contacts. */
    @Schema(name = "NewHousehold", description = "A new household: its service and members, the head first",
            example = "{\"serviceUnitId\": 1, \"members\": [{\"lastName\": \"Diallo\", \"firstName\": \"Awa\", "
                    + "\"birthDate\": \"1988-05-14\", \"sex\": \"F\", \"relationship\": \"HEAD\"}], "
                    + "\"address\": \"12 rue des Tilleuls, 55100 Verdun\", \"phone\": \"03 29 00 00 00\"}")
    public static class NewHousehold {
        @NotNull public Long serviceUnitId;
        @NotEmpty @Size(max = MAX_MEMBERS) @Valid public List<NewMember> members;
        public LocalDate residenceStatusValidUntil;
        /** FRENCH and EU_EEA_SWISS need no permit; OTHER a permit or a récépissé. */
        public Nationality nationality;
        /** The last day the récépissé of a permit renewal request is valid. */
        public LocalDate residenceReceiptValidUntil;
        @Size(max = 240) public String address;
        @Size(max = 30) public String phone;
        @Email @Size(max = 254) public String email;
    }

    /** What may change of a household besides its members, with the version read. */
    public static class Changes {
        @NotNull public Long version;
        public Composition composition;
        public ResourceType mainResource;
        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) public BigDecimal monthlyResources;
        public LocalDate residenceStatusValidUntil;
        @Size(max = 240) public String address;
        @Size(max = 30) public String phone;
        @Email @Size(max = 254) public String email;
    }

    @EJB
    private HouseholdService households;

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a household's resources, residence status and contact details; 409 if stale")
    public HouseholdView update(@PathParam("id") long id, Changes body) {
        return HouseholdView.of(households.updateHousehold(id, body.version, new HouseholdService.Update(
                body.composition, body.mainResource, body.monthlyResources == null ? null : Money.of(body.monthlyResources),
                body.residenceStatusValidUntil, body.address, body.phone, body.email)));
    }

    @POST
    @Operation(summary = "Create a household; the answer lists existing households that look the same")
    public Response create(NewHousehold body) {
        Household household = null;
        for (NewMember m : body.members) {
            Person person = new Person(m.lastName, m.firstName, m.birthDate, m.sex, m.relationship);
            if (household == null) {
                household = new Household(body.serviceUnitId, person);
            } else {
                household.add(person);
            }
        }
        household.residenceStatus(new ResidenceStatus(body.nationality, body.residenceStatusValidUntil,
                body.residenceReceiptValidUntil));
        household.contactDetails(body.address, body.phone, body.email);
        HouseholdService.Creation creation = households.createHousehold(household);
        return Response.status(Response.Status.CREATED).entity(new Created(HouseholdView.of(creation.household()),
                creation.likelyDuplicates().stream().map(HouseholdView::of).toList(),
                creation.duplicatesElsewhere())).build();
    }

    /** The columns a household search may be sorted on. */
    static final Map<String, HouseholdOrder> SORTS = Paging.columns(HouseholdOrder.REFERENCE, HouseholdOrder.NAME,
            HouseholdOrder.COMPOSITION);

    @GET
    @Operation(summary = "Search by a member's name (beginning), birth date or reference, or by q as typed in the"
            + " console's box (reference M000004, birth date 12/04/1991, phone, name or address); a page"
            + " (sort: reference, name, composition)")
    public Page<HouseholdView> search(@QueryParam("name") String name, @QueryParam("birthDate") String birthDate,
            @QueryParam("reference") String reference, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Paging<HouseholdOrder> paging = Paging.of(page, size, sort, SORTS);
        String typed = QueryValues.textOrNull("q", q, 120);
        HouseholdQuery search = typed != null ? HouseholdQuery.parse(typed)
                : HouseholdQuery.of(QueryValues.textOrNull("name", name, Person.NAME_LENGTH),
                        QueryValues.dateOrNull("birthDate", birthDate), QueryValues.textOrNull("reference", reference, 20));
        return Page.of(households.searchHouseholds(search, paging.order(), paging.descending(), paging.first(),
                paging.size()).stream().map(HouseholdView::of).toList(), paging, households.countHouseholds(search));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A household's file (the opening is audited)")
    public HouseholdView get(@PathParam("id") long id) {
        return HouseholdView.of(households.getHouseholdFile(id));
    }
}
