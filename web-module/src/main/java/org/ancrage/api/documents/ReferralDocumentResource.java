package org.ancrage.api.documents;

import java.util.Map;
import org.ancrage.api.Paging;
import org.ancrage.api.Page;
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
import org.ancrage.documents.Document;
import org.ancrage.documents.DocumentService;
import org.ancrage.system.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Documents attached to a referral (orientation form, supporting documents). */
@Path("referrals/{referralId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralDocumentResource {

    @EJB
    private DocumentService documents;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Attach a file (PDF, PNG, JPEG, office; 10 MB at most), its name in ?fileName=")
    public Response attach(@PathParam("referralId") long referralId, @QueryParam("fileName") String fileName,
            InputStream body) throws IOException {
        return Response.status(Response.Status.CREATED).entity(DocumentView.of(
                documents.attachToReferral(referralId, fileName, DocumentBodies.read(body)))).build();
    }

    @GET
    @Operation(summary = "The documents of a referral; a page (sort: addedAt)")
    public Page<DocumentView> list(@PathParam("referralId") long referralId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Page.sorted(documents.documentsOfReferral(referralId).stream().map(DocumentView::of).toList(),
                Paging.of(page, size, sort, Map.of("addedAt", Paging.by(DocumentView::addedAt)), "addedAt"));
    }

    @GET
    @Path("{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A document's content, as an attachment (need to know; the download is audited)")
    public Response content(@PathParam("referralId") long referralId, @PathParam("documentId") long documentId) {
        DocumentService.Content content = documents.content(documentId);
        if (!Long.valueOf(referralId).equals(content.document().getReferralId())) {
            throw new NotFoundException(Document.class, documentId);
        }
        return DocumentBodies.attachment(content);
    }
}
