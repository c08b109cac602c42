package org.ancrage.api.reporting;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ancrage.api.QueryValues;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ancrage.jobs.JobControl;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.reporting.ActivityReportPdf;
import org.ancrage.reporting.ActivityReportXlsx;
import org.ancrage.reporting.Indicators;
import org.ancrage.reporting.ReportChoice;
import org.ancrage.reporting.StatisticsService;
import org.ancrage.system.AssociationClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statistics of a year: the snapshots as JSON, the activity report as PDF or XLSX, and a new computation. */
@Path("statistics")
@Tag(name = "Statistics")
public class StatisticsResource {

    private static final String YEAR_DOC = "The year, 1990 to 2200 (default the current one): a past year as well";

    private static final String REPORT_DOC = "The figures as JSON, or the activity report as PDF or XLSX (by "
            + "Accept). JSON: per programme the counts, and the distributions outcomes and endReasons (the ends of "
            + "the year by housing outcome and by end reason, UNKNOWN when none was recorded: each adds up to ends), "
            + "composition, ageBands, resources; for a funder a count of 1 to 4 is null and listed in maskedCells";

    private static final String SERVICE_DOC = "One service's figures (not open to funders); none: the whole association";

    private static final String FUNDER_DOC = "One funder's programmes, as programmes name it (e.g. CAF); none: every"
            + " funder's (a funder-viewer reads its own funder's only, whatever this says)";

    private static final String PROGRAMMES_DOC = "Chosen programmes (the parameter repeated); none: all";

    private static final String INACTIVE_DOC = "Whether programmes that followed no household that year appear:"
            + " true by default in JSON, false in the PDF and XLSX reports (left out unless asked for)";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private StatisticsService statistics;

    @EJB
    private ProgrammeService programmes;

    @EJB
    private JobControl jobs;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The indicators kept for a year, per programme, for the association or one service")
    @APIResponse(responseCode = "200", description = REPORT_DOC, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = "application/pdf"),
        @Content(mediaType = XLSX)})
    public List<JsonObject> snapshots(@Parameter(description = YEAR_DOC) @QueryParam("year") String year,
            @Parameter(description = SERVICE_DOC) @QueryParam("serviceUnitId") String service,
            @Parameter(description = FUNDER_DOC) @QueryParam("funder") String funder,
            @Parameter(description = PROGRAMMES_DOC) @QueryParam("programmeId") List<String> programmeIds,
            @Parameter(description = INACTIVE_DOC) @QueryParam("inactive") String inactive) {
        return statistics.report(choice(year, service, funder, programmeIds, inactive, true)).stream()
                .map(Indicators::toJson).toList();
    }

    @GET
    @Produces("application/pdf")
    @Operation(summary = "The activity report of the year, with its charts and definitions")
    @APIResponse(responseCode = "200", description = REPORT_DOC, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = "application/pdf"),
        @Content(mediaType = XLSX)})
    public Response pdf(@Parameter(description = YEAR_DOC) @QueryParam("year") String year,
            @Parameter(description = SERVICE_DOC) @QueryParam("serviceUnitId") String service,
            @Parameter(description = FUNDER_DOC) @QueryParam("funder") String funder,
            @Parameter(description = PROGRAMMES_DOC) @QueryParam("programmeId") List<String> programmeIds,
            @Parameter(description = INACTIVE_DOC) @QueryParam("inactive") String inactive) {
        ReportChoice choice = choice(year, service, funder, programmeIds, inactive, false);
        return download(ActivityReportPdf.render(choice.year(), statistics.report(choice), names(), locale()),
                "rapport-activite-" + choice.year() + ".pdf");
    }

    @GET
    @Produces(XLSX)
    @Operation(summary = "The same figures as a workbook")
    @APIResponse(responseCode = "200", description = REPORT_DOC, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = "application/pdf"),
        @Content(mediaType = XLSX)})
    public Response xlsx(@Parameter(description = YEAR_DOC) @QueryParam("year") String year,
            @Parameter(description = SERVICE_DOC) @QueryParam("serviceUnitId") String service,
            @Parameter(description = FUNDER_DOC) @QueryParam("funder") String funder,
            @Parameter(description = PROGRAMMES_DOC) @QueryParam("programmeId") List<String> programmeIds,
            @Parameter(description = INACTIVE_DOC) @QueryParam("inactive") String inactive) {
        ReportChoice choice = choice(year, service, funder, programmeIds, inactive, false);
        return download(ActivityReportXlsx.render(choice.year(), statistics.report(choice), names(), locale()),
                "rapport-activite-" + choice.year() + ".xlsx");
    }

    @POST
    @Path("runs")
    @Operation(summary = "Compute the statistics of the year now (the statistics job), a past year as well: its "
            + "snapshots replace the year's earlier ones once the execution has COMPLETED (GET /jobs/executions/{id})")
    @APIResponse(responseCode = "202", description = "Started: the execution, as GET /jobs/executions/{id} gives it")
    public Response run(@Parameter(description = YEAR_DOC) @QueryParam("year") String year) {
        return Response.status(Response.Status.ACCEPTED)
                .entity(jobs.execution(jobs.startStatistics(year(year)))).build();
    }

    private Map<Long, String> names() {
        return programmes.programmeNames();
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream().filter(l -> !"*".equals(l.getLanguage())).findFirst()
                .orElse(Locale.FRENCH);
    }

    private static ReportChoice choice(String year, String service, String funder, List<String> programmeIds,
            String inactive, boolean inactiveByDefault) {
        Set<Long> chosen = programmeIds == null ? Set.of() : programmeIds.stream()
                .map(id -> QueryValues.id("programmeId", id)).collect(Collectors.toSet());
        return new ReportChoice(year(year), QueryValues.idOrNull("serviceUnitId", service),
                QueryValues.textOrNull("funder", funder, 120), chosen,
                QueryValues.bool("inactive", inactive, inactiveByDefault));
    }

    private static int year(String year) {
        return QueryValues.intIn("year", year, 1990, 2200, AssociationClock.thisYear());
    }

    private static Response download(byte[] content, String name) {
        return Response.ok(content).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
