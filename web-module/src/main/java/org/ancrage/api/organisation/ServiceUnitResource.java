package org.ancrage.api.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import org.ancrage.api.Page;
import org.ancrage.api.Paging;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.system.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The association's services (antennes). */
@Path("service-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class ServiceUnitResource {

    /** A new service: its code (capitals, digits, - and _) and name. */
    @Schema(example = "{\"code\": \"VERDUN\", \"name\": \"Antenne de Verdun\"}")
    public static class NewServiceUnit {
        @NotBlank
        @Size(max = ServiceUnit.CODE_LENGTH)
        @Pattern(regexp = "[A-Z0-9_-]+")
        public String code;

        @NotBlank
        @Size(max = ServiceUnit.NAME_LENGTH)
        public String name;
    }

    /** A new name, with the version the caller read. */
    public static class Rename {
        @NotBlank
        @Size(max = ServiceUnit.NAME_LENGTH)
        public String name;

        @NotNull
        @PositiveOrZero
        public Long version;
    }

    @EJB
    private OrganisationService organisation;

    @GET
    @Operation(summary = "The association's services, by name; a page (sort: name)")
    public Page<ServiceUnitView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        Paging<String> paging = Paging.of(page, size, sort, Map.of("name", "name"));
        List<ServiceUnitView> all = new java.util.ArrayList<>(
                organisation.listServiceUnits().stream().map(ServiceUnitView::of).toList());
        if (paging.descending()) {
            java.util.Collections.reverse(all);
        }
        return Page.of(all, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One service")
    public ServiceUnitView get(@PathParam("id") long id) {
        return organisation.findServiceUnit(id).map(ServiceUnitView::of)
                .orElseThrow(() -> new NotFoundException(ServiceUnit.class, id));
    }

    @POST
    @Operation(summary = "Create a service (administrators)")
    public Response create(NewServiceUnit body) {
        ServiceUnit created = organisation.createServiceUnit(new ServiceUnit(body.code, body.name));
        return Response.created(UriBuilder.fromResource(ServiceUnitResource.class).path("{id}")
                .build(created.getId())).entity(ServiceUnitView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a service; 409 if it changed since the version given")
    public ServiceUnitView rename(@PathParam("id") long id, Rename body) {
        return ServiceUnitView.of(organisation.renameServiceUnit(id, body.version, body.name));
    }
}
