package org.ancrage.api.privacy;

import java.util.Map;
import org.ancrage.api.Paging;
import org.ancrage.api.Page;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Properties;
import org.ancrage.api.QueryValues;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.Jobs;
import org.ancrage.retention.DataCategory;
import org.ancrage.retention.RetentionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Retention periods per category of data, and runs of the retention job (dry run by default). */
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data")
public class RetentionResource {

    public static class RuleBody {
        @NotNull public Integer retentionMonths;
        @NotNull public Long version;
    }

    @EJB
    private RetentionService retention;

    @EJB
    private JobControl jobs;

    @GET
    @Path("rules")
    @Operation(summary = "The retention period of each category; a page (sort: category)")
    public Page<RuleView> rules(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        return Page.sorted(retention.rules().stream().map(RuleView::of).toList(),
                Paging.of(page, size, sort, Map.of("category", Paging.by(r -> r.category().name())), "category"));
    }

    @PUT
    @Path("rules/{category}")
    @Operation(summary = "Change how long a category of data is kept")
    public RuleView change(@PathParam("category") String category, RuleBody body) {
        DataCategory which = QueryValues.enumOrNull("category", DataCategory.class, category);
        if (which == null) {
            throw new NotFoundException();
        }
        return RuleView.of(retention.keep(which, body.retentionMonths, body.version));
    }

    @POST
    @Path("runs")
    @Operation(summary = "Start the retention job; dryRun=true (the default) only counts what would go")
    public Response run(@QueryParam("dryRun") String dryRun, @QueryParam("on") String on) {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.DRY_RUN, Boolean.toString(QueryValues.bool("dryRun", dryRun, true)));
        parameters.setProperty(Jobs.RUN_DATE, QueryValues.dateOrToday("on", on).toString());
        return Response.status(Response.Status.ACCEPTED).entity(new RunView(jobs.start(Jobs.RETENTION, parameters)))
                .build();
    }
}
