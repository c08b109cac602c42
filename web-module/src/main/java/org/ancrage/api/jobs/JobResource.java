package org.ancrage.api.jobs;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.ancrage.api.BadParameter;
import org.ancrage.api.Page;
import org.ancrage.api.Paging;
import org.ancrage.api.QueryValues;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.JobControl.ExecutionView;
import org.ancrage.jobs.JobProblems;
import org.ancrage.jobs.Jobs;
import org.ancrage.system.AssociationClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The batch jobs: executions with their progress and skipped items, start (with parameters) and restart. */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class JobResource {

    /** What each job may be started with; anything else is a 400 naming it. */
    static final Map<String, Set<String>> PARAMETERS = Map.of(
            Jobs.STATISTICS, Set.of("year"),
            Jobs.REMINDERS, Set.of("on"),
            Jobs.RENT_CALLS, Set.of("month"),
            Jobs.RETENTION, Set.of("on", "dryRun"));

    @EJB
    private JobControl jobs;

    @EJB
    private JobProblems problems;

    @GET
    @Path("executions")
    @Operation(summary = "Executions of every job, newest first; a page (sort: started,desc)")
    public Page<ExecutionView> executions(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        Paging<String> paging = Paging.of(page, size, sort == null || sort.isBlank() ? "started,desc" : sort,
                Map.of("started", "started"));
        if (!paging.descending()) {
            throw new BadParameter("sort", "api.parameter.sort", "started,desc");
        }
        JobControl.ExecutionPage found = jobs.executions(paging.first(), paging.size());
        return Page.of(found.items(), paging, found.total());
    }

    @GET
    @Path("executions/{id}")
    public ExecutionView execution(@PathParam("id") long id) {
        return jobs.execution(id);
    }

    @GET
    @Path("executions/{id}/problems")
    @Operation(summary = "Items the execution skipped, and why; a page (sort: item)")
    public Page<JobProblems.Problem> problems(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Page.sorted(problems.problemsOf(id),
                Paging.of(page, size, sort, Map.of("item", Paging.by(JobProblems.Problem::item)), "item"));
    }

    /** The parameters a job may be started with (only those of the job named; each optional). */
    @Schema(name = "JobParameters", description = "statistics: year; deadline-reminders: on; rent-calls: month; "
            + "retention: on (not in the future) and dryRun (true unless false is sent). Any other is refused.",
            example = "{\"year\": 2025}")
    public static class JobParameters {
        @Schema(description = "statistics: the year computed (default the current one)", minimum = "1990",
                maximum = "2200", example = "2025")
        public Integer year;
        @Schema(description = "deadline-reminders, retention: the day the job runs for (default today)",
                format = "date", example = "2026-06-30")
        public LocalDate on;
        @Schema(description = "rent-calls: the month called (default the current one)", pattern = "\\d{4}-\\d{2}",
                example = "2026-07")
        public String month;
        @Schema(description = "retention: only count what would be anonymised (default true)", example = "true")
        public Boolean dryRun;
    }

    @POST
    @Path("{job}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Start a job now, with its parameters (refused while one of its executions runs)")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JobParameters.class)))
    @APIResponse(responseCode = "202", description = "Started: the execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(responseCode = "400", description = "A parameter unknown to this job, or a bad value (named)")
    @APIResponse(responseCode = "404", description = "No such job")
    public Response start(@Parameter(description = "deadline-reminders, rent-calls, statistics or retention",
            schema = @Schema(type = SchemaType.STRING, enumeration = {Jobs.REMINDERS, Jobs.RENT_CALLS, Jobs.STATISTICS,
                Jobs.RETENTION})) @PathParam("job") String job, String body) {
        Set<String> allowed = PARAMETERS.get(job);
        if (allowed == null) {
            throw new NotFoundException();
        }
        JsonObject given = parse(body);
        for (String name : given.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadParameter(name, "api.parameter.unknown");
            }
        }
        long execution;
        if (Jobs.STATISTICS.equals(job)) {
            Integer year = integer(given, "year", 1990, 2200);
            execution = jobs.startStatistics(year == null ? AssociationClock.thisYear() : year);
        } else {
            Properties parameters = new Properties();
            LocalDate on = QueryValues.dateOrNull("on", text(given, "on"));
            if (on != null) {
                if (Jobs.RETENTION.equals(job) && on.isAfter(AssociationClock.today())) {
                    throw new BadParameter("on", "api.parameter.future");
                }
                parameters.setProperty(Jobs.RUN_DATE, on.toString());
            }
            YearMonth month = QueryValues.monthOrNull("month", text(given, "month"));
            if (month != null) {
                parameters.setProperty(Jobs.MONTH, month.toString());
            }
            if (Jobs.RETENTION.equals(job)) {
                // Destructive: a dry run unless the caller says otherwise, in so many words.
                parameters.setProperty(Jobs.DRY_RUN, Boolean.toString(bool(given, "dryRun", true)));
                if (on == null) {
                    parameters.setProperty(Jobs.RUN_DATE, AssociationClock.today().toString());
                }
            }
            execution = jobs.start(job, parameters);
        }
        return Response.status(Response.Status.ACCEPTED).entity(jobs.execution(execution)).build();
    }

    @POST
    @Path("executions/{id}/restart")
    @Operation(summary = "Restart a failed or stopped execution from its last checkpoint")
    public Response restart(@PathParam("id") long id) {
        return Response.status(Response.Status.ACCEPTED).entity(jobs.execution(jobs.restart(id, new Properties())))
                .build();
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (body.length() > 4096) {
            throw new BadParameter("body", "api.parameter.length", 4096);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadParameter("body", "api.malformed");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new BadParameter("body", "api.malformed");
        }
    }

    private static String text(JsonObject given, String name) {
        JsonValue value = given.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new BadParameter(name, "api.malformed");
        }
        return string.getString();
    }

    private static Integer integer(JsonObject given, String name, int min, int max) {
        JsonValue value = given.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String written = value instanceof JsonNumber number ? number.toString()
                : value instanceof JsonString string ? string.getString() : "?";
        return QueryValues.intInOrNull(name, written, min, max);
    }

    private static boolean bool(JsonObject given, String name, boolean otherwise) {
        JsonValue value = given.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return otherwise;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw new BadParameter(name, "api.parameter.boolean");
    }
}
