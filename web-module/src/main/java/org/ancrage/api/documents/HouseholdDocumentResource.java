package org.ancrage.api.documents;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.ancrage.api.Page;
import org.ancrage.api.Paging;
import org.ancrage.documents.Document;
import org.ancrage.documents.DocumentService;
import org.ancrage.system.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents of a household's file (its Documents tab): its referrals' and those added to the file itself. */
@Path("households/{householdId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Households")
public class HouseholdDocumentResource {

    @EJB
    private DocumentService documents;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Add a file to the household's file (PDF, PNG, JPEG, office; 10 MB at most), its name in ?fileName=")
    public Response attach(@PathParam("householdId") long householdId, @QueryParam("fileName") String fileName,
            InputStream body) throws IOException {
        return Response.status(Response.Status.CREATED).entity(DocumentView.of(
                documents.attachToHousehold(householdId, fileName, DocumentBodies.read(body)))).build();
    }

    @GET
    @Operation(summary = "Every document of the household's file, its referrals' too; a page (sort: addedAt, latest first by default)")
    public Page<DocumentView> list(@PathParam("householdId") long householdId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Page.sorted(documents.documentsOfHousehold(householdId).stream().map(DocumentView::of).toList(),
                Paging.of(page, size, sort, Map.of("addedAt", Paging.by(DocumentView::addedAt)), "addedAt,desc"));
    }

    @GET
    @Path("{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A document's content, as an attachment (need to know; the download is audited)")
    public Response content(@PathParam("householdId") long householdId, @PathParam("documentId") long documentId) {
        DocumentService.Content content = documents.content(documentId);
        if (!Long.valueOf(householdId).equals(content.document().getHouseholdId())) {
            throw new NotFoundException(Document.class, documentId);
        }
        return DocumentBodies.attachment(content);
    }
}
