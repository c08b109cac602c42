package org.ancrage.api.contacts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Map;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import org.ancrage.api.QueryValues;
import org.ancrage.contacts.CadenceStatus;
import org.ancrage.contacts.Contact;
import org.ancrage.contacts.ContactService;
import org.ancrage.programmes.ContactType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contacts of a measure and its cadence. */
@Path("measures/{measureId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactResource {

    /** A correction: the contact as it should read, and the version it was read at. */
    @Schema(example = "{\"version\": 1, \"occurredAt\": \"2026-05-12T14:30:00\", \"type\": \"HOME_VISIT\", "
            + "\"workerId\": 7, \"durationMinutes\": 90, \"topics\": \"Budget, entretien du logement\"}")
    public static class Correction extends NewContact {
        @NotNull public Long version;
    }

    /** An appointment held (what was said), missed, or a contact cancelled (why); at the version read. */
    public static class Change {
        @NotNull public Long version;
        @Min(0) @Max(1440) public Integer durationMinutes;
        @Size(max = Contact.TOPICS_LENGTH) public String topics;
        @Size(max = Contact.NOTE_LENGTH) public String confidentialNote;
        @Size(max = Contact.REASON_LENGTH) public String reason;
    }

    /** A contact as a worker logs it. */
    @Schema(example = "{\"occurredAt\": \"2026-05-12T14:30:00\", \"type\": \"HOME_VISIT\", \"workerId\": 7, \"durationMinutes\": 60, \"topics\": \"Budget, entretien du logement\"}")
    public static class NewContact {
        @NotNull public LocalDateTime occurredAt;
        @NotNull public ContactType type;
        @NotNull public Long workerId;
        @Min(0) @Max(1440) public Integer durationMinutes;
        @Size(max = Contact.TOPICS_LENGTH) public String topics;
        @Size(max = Contact.NOTE_LENGTH) public String confidentialNote;
    }

    @EJB
    private ContactService contacts;

    @POST
    @Operation(summary = "Log a contact")
    public Response log(@PathParam("measureId") long measureId, NewContact body) {
        Contact contact = contacts.logContact(measureId, new Contact.Details(body.occurredAt, body.type, body.workerId,
                body.durationMinutes, body.topics, body.confidentialNote));
        return Response.status(Response.Status.CREATED).entity(ContactView.of(contact)).build();
    }

    @GET
    @Operation(summary = "The measure's contacts (confidential notes only for the workers of its service); a page"
            + " (sort: occurredAt, newest first by default)")
    public Page<ContactView> list(@PathParam("measureId") long measureId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Page.sorted(contacts.contactsOfMeasure(measureId).stream().map(ContactView::of).toList(),
                Paging.of(page, size, sort, Map.of("occurredAt", Paging.by(ContactView::occurredAt)), "occurredAt,desc"));
    }

    @PUT
    @Path("{contactId}")
    @Operation(summary = "Correct a contact (its author only; the audit trail keeps what it said)")
    public ContactView correct(@PathParam("measureId") long measureId, @PathParam("contactId") long contactId,
            Correction body) {
        return ContactView.of(contacts.correctContact(contactId, body.version, new Contact.Details(body.occurredAt,
                body.type, body.workerId, body.durationMinutes, body.topics, body.confidentialNote)));
    }

    @POST
    @Path("{contactId}/held")
    @Operation(summary = "An appointment took place: it becomes a done contact")
    public ContactView held(@PathParam("measureId") long measureId, @PathParam("contactId") long contactId,
            Change body) {
        return ContactView.of(contacts.holdAppointment(contactId, body.version, body.durationMinutes, body.topics,
                body.confidentialNote));
    }

    @POST
    @Path("{contactId}/missed")
    @Operation(summary = "The household missed the appointment")
    public ContactView missed(@PathParam("measureId") long measureId, @PathParam("contactId") long contactId,
            Change body) {
        return ContactView.of(contacts.missAppointment(contactId, body.version));
    }

    @POST
    @Path("{contactId}/cancellation")
    @Operation(summary = "Cancel a contact (its author only): it stays, shown as cancelled, counted nowhere")
    public ContactView cancel(@PathParam("measureId") long measureId, @PathParam("contactId") long contactId,
            Change body) {
        return ContactView.of(contacts.cancelContact(contactId, body.version, body.reason));
    }

    @GET
    @Path("cadence")
    @Operation(summary = "Contacts counted in the programme's window, next one due, late or not")
    public CadenceStatus cadence(@PathParam("measureId") long measureId, @QueryParam("on") String on) {
        return contacts.cadenceOf(measureId, QueryValues.dateOrToday("on", on));
    }
}
