package org.ancrage.api.jobs;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Properties;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.JobControl.ExecutionView;
import org.ancrage.jobs.JobProblems;
import org.ancrage.jobs.Jobs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The batch jobs: executions with their progress and skipped items, start and restart. */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class JobResource {

    @EJB
    private JobControl jobs;

    @EJB
    private JobProblems problems;

    @GET
    @Path("executions")
    public List<ExecutionView> executions(@QueryParam("max") @DefaultValue("50") int max) {
        return jobs.recentExecutions(Math.min(Math.max(1, max), 500));
    }

    @GET
    @Path("executions/{id}")
    public ExecutionView execution(@PathParam("id") long id) {
        return jobs.execution(id);
    }

    @GET
    @Path("executions/{id}/problems")
    @Operation(summary = "Items the execution skipped, and why")
    public List<JobProblems.Problem> problems(@PathParam("id") long id) {
        return problems.problemsOf(id);
    }

    @POST
    @Path("{job}")
    @Operation(summary = "Start a job now (refused while one of its executions runs); the retention job is a dry run"
            + " unless dryRun=false is given")
    public Response start(@PathParam("job") String job, @QueryParam("dryRun") String dryRun) {
        if (!JobControl.JOBS.contains(job)) {
            throw new NotFoundException();
        }
        Properties parameters = new Properties();
        if (Jobs.RETENTION.equals(job)) {
            // Destructive only when asked in so many words.
            parameters.setProperty(Jobs.DRY_RUN, Boolean.toString(!"false".equalsIgnoreCase(dryRun)));
        }
        return Response.status(Response.Status.ACCEPTED).entity(jobs.execution(jobs.start(job, parameters)))
                .build();
    }

    @POST
    @Path("executions/{id}/restart")
    @Operation(summary = "Restart a failed or stopped execution from its last checkpoint")
    public Response restart(@PathParam("id") long id) {
        return Response.status(Response.Status.ACCEPTED).entity(jobs.execution(jobs.restart(id, new Properties())))
                .build();
    }
}
