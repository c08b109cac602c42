package org.ancrage.api.privacy;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.ancrage.privacy.SubjectAccess;
import org.ancrage.privacy.SubjectAccessPdf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subject access: everything held on a household, as JSON for machines and PDF for people. */
@Path("households/{id}/subject-access")
@Tag(name = "Personal data")
public class SubjectAccessResource {

    @EJB
    private SubjectAccess subjectAccess;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything held on the household, section by section (the export is audited)")
    public Response json(@PathParam("id") long id,
            @QueryParam("includeConfidentialNotes") @DefaultValue("false") boolean includeConfidentialNotes) {
        return Response.ok(subjectAccess.export(id, includeConfidentialNotes))
                .header("Content-Disposition", "attachment; filename=\"acces-" + id + ".json\"").build();
    }

    @GET
    @Produces("application/pdf")
    @Operation(summary = "The same, as a readable PDF in the caller's language")
    public Response pdf(@PathParam("id") long id,
            @QueryParam("includeConfidentialNotes") @DefaultValue("false") boolean includeConfidentialNotes) {
        JsonObject export = subjectAccess.export(id, includeConfidentialNotes);
        Locale locale = headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> !"*".equals(l.getLanguage())).orElse(Locale.FRENCH);
        return Response.ok(SubjectAccessPdf.render(export, locale))
                .header("Content-Disposition", "attachment; filename=\"acces-" + id + ".pdf\"").build();
    }
}
