package org.ancrage.api.contacts;

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
import java.time.LocalDateTime;
import java.util.List;
import org.ancrage.api.QueryValues;
import org.ancrage.contacts.CadenceStatus;
import org.ancrage.contacts.Contact;
import org.ancrage.contacts.ContactService;
import org.ancrage.contacts.ContactType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contacts of a measure and its cadence. */
@Path("measures/{measureId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactResource {

    /** A contact; the confidential note only for those who may read it, otherwise flagged as withheld. */
    public record ContactView(Long id, LocalDateTime occurredAt, String type, Long workerId, Integer durationMinutes,
            String topics, String confidentialNote, boolean confidentialNoteWithheld) {
        static ContactView of(Contact c) {
            return new ContactView(c.getId(), c.getOccurredAt(), c.getType().name(), c.getWorkerId(),
                    c.getDurationMinutes(), c.getTopics(), c.getConfidentialNote(), c.isConfidentialNoteWithheld());
        }
    }

    /** A contact as a worker logs it. */
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
    @Operation(summary = "The measure's contacts, newest first (confidential notes only for the workers of its service)")
    public List<ContactView> list(@PathParam("measureId") long measureId) {
        return contacts.contactsOfMeasure(measureId).stream().map(ContactView::of).toList();
    }

    @GET
    @Path("cadence")
    @Operation(summary = "Contacts counted in the programme's window, next one due, late or not")
    public CadenceStatus cadence(@PathParam("measureId") long measureId, @QueryParam("on") String on) {
        return contacts.cadenceOf(measureId, QueryValues.dateOrToday("on", on));
    }
}
