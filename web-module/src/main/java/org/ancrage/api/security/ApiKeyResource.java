package org.ancrage.api.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import org.ancrage.api.Paging;
import org.ancrage.api.Page;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.ancrage.security.ApiKey;
import org.ancrage.security.ApiKeyService;
import org.ancrage.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys for administrators: list (with last use), issue (the secret answered once), revoke. */
@Path("api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class ApiKeyResource {

    /** {@code serviceUnitId} for the roles that work in one service, {@code funder} for a funder-viewer. */
    @Schema(example = "{\"name\": \"Export SIAO\", \"role\": \"coordinator\", \"serviceUnitId\": 1, \"expiresOn\": \"2027-06-30\"}")
    public static class IssueBody {
        @NotBlank @Size(max = ApiKey.NAME_LENGTH) public String name;
        @NotBlank @Size(max = 32)
        @Schema(enumeration = {Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
            Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER})
        public String role;
        public Long serviceUnitId;
        @Size(max = 120) @Schema(description = "Required for a funder-viewer key, refused for any other", example = "CAF")
        public String funder;
        @NotNull public LocalDate expiresOn;
    }

    @EJB
    private ApiKeyService keys;

    @GET
    @Operation(summary = "Every key issued, with its last use; a page (sort: createdAt, newest first by default; name)")
    public Page<KeyView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        Map<String, Comparator<KeyView>> columns = new LinkedHashMap<>();
        columns.put("createdAt", Paging.by(KeyView::createdAt));
        columns.put("name", Paging.by(KeyView::name));
        return Page.sorted(keys.list().stream().map(KeyView::of).toList(),
                Paging.of(page, size, sort, columns, "createdAt,desc"));
    }

    @POST
    @Operation(summary = "Issue a key for one role in one service (or, for a funder-viewer, of one funder) until a date; the secret is in this answer only")
    public Response issue(IssueBody body) {
        ApiKeyService.IssuedKey issued = keys.issue(body.name, body.role, body.serviceUnitId, body.funder,
                body.expiresOn);
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedView(KeyView.of(issued.key()), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a key: refused from its next request")
    public KeyView revoke(@PathParam("id") long id) {
        return KeyView.of(keys.revoke(id, keys.find(id).getVersion()));
    }
}
