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
import java.time.Instant;
import java.util.List;
import org.ancrage.documents.Document;
import org.ancrage.documents.DocumentRefused;
import org.ancrage.documents.DocumentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Documents attached to a referral (orientation form, supporting documents). */
@Path("referrals/{referralId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralDocumentResource {

    public record DocumentView(Long id, String fileName, String kind, long size, String sha256, Instant addedAt) {
        static DocumentView of(Document d) {
            return new DocumentView(d.getId(), d.getFileName(), d.getKind().name(), d.getSize(), d.getSha256(),
                    d.getAddedAt());
        }
    }

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
}
