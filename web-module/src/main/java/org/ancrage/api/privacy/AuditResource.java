package org.ancrage.api.privacy;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.ancrage.api.QueryValues;
import org.ancrage.privacy.AuditEntry;
import org.ancrage.privacy.AuditService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for administrators: search by person, user and period, and export as CSV. */
@Path("audit")
@Tag(name = "Personal data")
public class AuditResource {

    private static final int PAGE = 100;

    public record EntryView(Long id, Instant occurredAt, String username, String action, String entityType,
            Long entityId, Long householdId, String changes) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction().name(),
                    e.getEntityType(), e.getEntityId(), e.getHouseholdId(), e.getChanges());
        }
    }

    @EJB
    private AuditService audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit entries matching every criterion given, newest first, 100 a page")
    public List<EntryView> search(@QueryParam("username") String username,
            @QueryParam("householdId") Long householdId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page) {
        return audit.search(blankToNull(username), null, null, householdId, start(from), end(to),
                Math.max(0, page) * PAGE, PAGE).stream().map(EntryView::of).toList();
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The same entries as CSV (at most 100,000), the export itself audited")
    public Response export(@QueryParam("username") String username, @QueryParam("householdId") Long householdId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        String csv = audit.exportCsv(blankToNull(username), householdId, start(from), end(to));
        return Response.ok(csv).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"journal-audit.csv\"").build();
    }

    private static Instant start(String day) {
        LocalDate date = QueryValues.dateOrNull(day);
        return date == null ? null : date.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /** The end of the period is the whole of its last day. */
    private static Instant end(String day) {
        LocalDate date = QueryValues.dateOrNull(day);
        return date == null ? null : date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
