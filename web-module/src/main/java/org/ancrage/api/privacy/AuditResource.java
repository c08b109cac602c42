package org.ancrage.api.privacy;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.ancrage.api.BadParameter;
import org.ancrage.api.Page;
import org.ancrage.api.Paging;
import org.ancrage.api.QueryValues;
import org.ancrage.privacy.AuditService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for administrators: search by person, user and period, and export as CSV. */
@Path("audit")
@Tag(name = "Personal data")
public class AuditResource {

    @EJB
    private AuditService audit;

    /** The trail is read newest first only. */
    static final Map<String, String> SORTS = Map.of("occurredAt", "occurredAt");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit entries matching every criterion given, newest first; a page (sort: occurredAt,desc)")
    public Page<EntryView> search(@QueryParam("username") String username,
            @QueryParam("householdId") String householdId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        Paging<String> paging = Paging.of(page, size, sort == null || sort.isBlank() ? "occurredAt,desc" : sort, SORTS);
        if (!paging.descending()) {
            throw new BadParameter("sort", "api.parameter.sort", "occurredAt,desc");
        }
        String user = QueryValues.textOrNull("username", username, 64);
        Long household = QueryValues.idOrNull("householdId", householdId);
        Instant since = start(from);
        Instant until = end(to);
        return Page.of(audit.search(user, null, null, household, since, until, paging.first(), paging.size())
                .stream().map(EntryView::of).toList(), paging, audit.countEntries(user, household, since, until));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The same entries as CSV (at most 100,000), the export itself audited")
    public Response export(@QueryParam("username") String username, @QueryParam("householdId") String householdId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        String csv = audit.exportCsv(QueryValues.textOrNull("username", username, 64),
                QueryValues.idOrNull("householdId", householdId), start(from), end(to));
        return Response.ok(csv).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"journal-audit.csv\"").build();
    }

    private static Instant start(String day) {
        LocalDate date = QueryValues.dateOrNull("from", day);
        return date == null ? null : date.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /** The end of the period is the whole of its last day. */
    private static Instant end(String day) {
        LocalDate date = QueryValues.dateOrNull("to", day);
        return date == null ? null : date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
