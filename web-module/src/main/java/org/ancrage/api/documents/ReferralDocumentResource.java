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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ancrage.documents.Document;
import org.ancrage.documents.DocumentRefused;
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
        // Never more than the limit in memory: one byte over is enough to refuse.
        byte[] content = body.readNBytes((int) DocumentService.MAX_BYTES + 1);
        if (content.length > DocumentService.MAX_BYTES) {
            throw new DocumentRefused("document.tooLarge", DocumentService.MAX_BYTES / (1024 * 1024));
        }
        return Response.status(Response.Status.CREATED)
                .entity(DocumentView.of(documents.attachToReferral(referralId, fileName, content))).build();
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
        return Response.ok(content.bytes(), content.document().getKind().contentType())
                .header("Content-Disposition", attachment(content.document().getFileName()))
                .build();
    }

    /** Saved under its own name: ASCII for old clients, the exact name in UTF-8 (RFC 6266) for the others. */
    private static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
