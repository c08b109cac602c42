package org.ancrage.api.imports;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ancrage.api.BadParameter;
import org.ancrage.api.QueryValues;
import org.ancrage.imports.ColumnMapping;
import org.ancrage.imports.ImportField;
import org.ancrage.imports.ImportService;
import org.ancrage.imports.UnreadableFile;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.JobControl.ExecutionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Households and their members imported from an association's own CSV or XLSX file, as on the
 * import page: the file uploaded with its source, service and mapping (kept for the import job),
 * its dry run, the job started, followed and restarted, and the refused rows as an XLSX. For those
 * who may create households (coordinators, social workers), into a service within their reach.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Households and their members from the association's own files")
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String FIELDS = "KEY, RELATIONSHIP, LAST_NAME, FIRST_NAME, BIRTH_DATE, SEX, ADDRESS, PHONE, "
            + "EMAIL, COMPOSITION, MAIN_RESOURCE, MONTHLY_RESOURCES, NATIONALITY, RESIDENCE_PERMIT_UNTIL";

    static final String MAPPING_DOC = "A JSON object from the file's headings to the fields they fill, each one of "
            + FIELDS + " (KEY, the household's identifier in the file, LAST_NAME and FIRST_NAME required; a heading "
            + "left out is not imported). Without it, the mapping saved for files of the same headings, else the one "
            + "the headings suggest, is used and returned.";

    static final String MAPPING_EXAMPLE = "{\"N° dossier\": \"KEY\", \"Nom\": \"LAST_NAME\", "
            + "\"Prénom\": \"FIRST_NAME\", \"Lien\": \"RELATIONSHIP\", \"Né(e) le\": \"BIRTH_DATE\"}";

    @EJB
    private ImportService imports;

    @EJB
    private JobControl jobs;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Upload a CSV or XLSX file (a row per person, the first row its headings; 20 MB at most), "
            + "kept for its dry run and its import; the mapping used is saved for the next file of the same headings")
    @APIResponse(responseCode = "201", description = "Kept: its headings, rows and the mapping used",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportView")))
    @APIResponse(responseCode = "400", description = "A missing or bad parameter (named), such as an unknown field")
    @APIResponse(responseCode = "403", description = "Neither coordinator nor social worker, or a service out of reach")
    @APIResponse(responseCode = "422", description = "An unreadable file, a required field not mapped or one mapped "
            + "twice, no source")
    public Response upload(
            @Parameter(description = "The file's name (.csv, .txt or .xlsx)", required = true)
            @QueryParam("fileName") String fileName,
            @Parameter(description = "The households' source, which makes the file's identifiers unique (default "
                    + "the file's name without its extension); the same source again updates, not adds")
            @QueryParam("source") String source,
            @Parameter(description = "The service the households will belong to", required = true)
            @QueryParam("serviceUnitId") String serviceUnitId,
            @Parameter(description = MAPPING_DOC, example = MAPPING_EXAMPLE)
            @QueryParam("mapping") String mapping,
            InputStream body) throws IOException {
        String name = QueryValues.textOrNull("fileName", fileName, 255);
        if (name == null) {
            throw new BadParameter("fileName", "api.parameter.required");
        }
        long service = QueryValues.id("serviceUnitId", serviceUnitId);
        String chosenSource = QueryValues.textOrNull("source", source, 120);
        ColumnMapping chosen = mapping(mapping);
        // Never more than the limit in memory: one byte over is enough to refuse.
        byte[] content = body == null ? new byte[0] : body.readNBytes(ImportService.MAX_BYTES + 1);
        if (content.length > ImportService.MAX_BYTES) {
            throw new UnreadableFile("import.file.tooLarge", ImportService.MAX_BYTES / (1024 * 1024));
        }
        ColumnMapping used = chosen != null ? chosen : imports.read(name, content).mapping();
        long id = imports.prepare(name, content, chosenSource == null ? name.replaceFirst("\\.[A-Za-z0-9]+$", "")
                : chosenSource, used, service);
        return Response.status(Response.Status.CREATED).entity(ImportView.of(imports.summary(id))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A file kept for import: its headings, rows, mapping and, once started, its execution")
    public ImportView prepared(@PathParam("id") long id) {
        return ImportView.of(imports.summary(id));
    }

    @GET
    @Path("{id}/dry-run")
    @Operation(summary = "What importing the file would do, household by household (CREATE, UPDATE, UNCHANGED or "
            + "REFUSED with each error's row and column, said in the Accept-Language); nothing is written")
    public DryRunView dryRun(@PathParam("id") long id) {
        Locale locale = locale();
        return DryRunView.of(id, imports.dryRun(id, locale), locale);
    }

    @POST
    @Path("{id}/executions")
    @Operation(summary = "Start the import job (household-import) on the file: a refused household is skipped and "
            + "its rows kept for the refused rows' file; the same file again changes nothing")
    @APIResponse(responseCode = "202", description = "Started: the execution, as GET /imports/executions/{id} gives it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExecutionView.class)))
    public Response start(@PathParam("id") long id) {
        return Response.status(Response.Status.ACCEPTED).entity(jobs.importExecution(jobs.startImport(id, null)))
                .build();
    }

    @GET
    @Path("executions/{executionId}")
    @Operation(summary = "How an import's execution goes: its status, items read, written and skipped")
    public ExecutionView execution(@PathParam("executionId") long executionId) {
        return jobs.importExecution(executionId);
    }

    @POST
    @Path("executions/{executionId}/restart")
    @Operation(summary = "Restart a failed or stopped import from its last checkpoint")
    @APIResponse(responseCode = "202", description = "Restarted: the new execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExecutionView.class)))
    public Response restart(@PathParam("executionId") long executionId) {
        return Response.status(Response.Status.ACCEPTED)
                .entity(jobs.importExecution(jobs.restartImport(executionId))).build();
    }

    @GET
    @Path("{id}/refused-rows")
    @Produces(XLSX)
    @Operation(summary = "The refused rows as a workbook: the file's own cells and, beside each, the reason; the "
            + "import's once its job has started, else the dry run's")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX))
    public Response refusedRows(@PathParam("id") long id) {
        return Response.ok(imports.refusedRowsOfPrepared(id, locale()), XLSX)
                .header("Content-Disposition", "attachment; filename=\"lignes-refusees-" + id + ".xlsx\"").build();
    }

    /** The mapping sent, or none; a field unknown to Ancrage is a 400 listing the known ones. */
    static ColumnMapping mapping(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new BadParameter("mapping", "api.malformed");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadParameter("mapping", "api.malformed");
        }
        Map<String, ImportField> byHeading = new LinkedHashMap<>();
        value.asJsonObject().forEach((heading, field) -> {
            if (!(field instanceof JsonString name) || name.getString().isBlank()) {
                throw new BadParameter("mapping", "api.malformed");
            }
            byHeading.put(heading, QueryValues.enumOrNull("mapping", ImportField.class, name.getString()));
        });
        return new ColumnMapping(byHeading);
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream().filter(l -> !"*".equals(l.getLanguage())).findFirst()
                .orElse(Locale.FRENCH);
    }
}
