package org.ancrage.api.programmes;

import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Comparator;
import org.ancrage.api.Paging;
import org.ancrage.api.Page;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.ancrage.programmes.ContactType;
import org.ancrage.programmes.ContactCadence;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeForm;
import org.ancrage.programmes.ProgrammeKind;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.programmes.RenewalStep;
import org.ancrage.system.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The programme catalogue (dispositifs) and its rules. The JSON a programme is read as, without
 * {@code id} and {@code version} and with a new code, creates the same programme.
 */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class ProgrammeResource {

    public record Step(int months, boolean derogationRequired, String derogationAuthority) {
    }

    /** A renewal step as sent. */
    public static class StepBody {
        @Min(1) public int months;
        public boolean derogationRequired;
        @Size(max = 120) public String derogationAuthority;
    }

    /** A new programme: the fields of {@link ProgrammeView} but {@code id} and {@code version}. */
    public static class ProgrammeBody {
        @NotBlank @Size(max = Programme.CODE_LENGTH) public String code;
        @NotBlank @Size(max = Programme.NAME_LENGTH) public String name;
        @NotBlank @Size(max = Programme.FUNDER_LENGTH) public String funder;
        @NotNull public ProgrammeKind kind;
        public ProgrammeForm form;
        public Integer firstPeriodMonths;
        @Valid public List<StepBody> renewals;
        public Integer maxTotalMonths;
        public Integer cadenceContacts;
        public Integer cadencePerDays;
        public List<String> cadenceTypes;
        public int evaluationLeadDays;
        public boolean evaluationRequiredBeforeRenewal;
        public Integer followUpMonths;
        public Integer financedCapacity;
        public boolean residenceStatusRequired;
        public boolean housingIncluded;
        @Size(max = 2000) public String eligibilityNotes;
        public Integer diagnosticReportDays;
        public boolean hidden;

        ProgrammeService.Adjustment rules() {
            List<RenewalStep> steps = renewals == null ? List.of() : renewals.stream()
                    .map(s -> s.derogationRequired ? RenewalStep.byDerogation(s.months, s.derogationAuthority)
                            : RenewalStep.of(s.months))
                    .toList();
            return new ProgrammeService.Adjustment(name, funder, firstPeriodMonths, maxTotalMonths, steps, cadence(),
                    evaluationLeadDays, evaluationRequiredBeforeRenewal, followUpMonths, financedCapacity,
                    residenceStatusRequired, housingIncluded, eligibilityNotes == null ? "" : eligibilityNotes,
                    form == null ? ProgrammeForm.SUPPORT : form, diagnosticReportDays);
        }

        private ContactCadence cadence() {
            boolean noTypes = cadenceTypes == null || cadenceTypes.isEmpty();
            if (cadenceContacts == null && cadencePerDays == null && noTypes) {
                return ContactCadence.none();
            }
            EnumSet<ContactType> types = EnumSet.noneOf(ContactType.class);
            for (String type : noTypes ? List.<String>of() : cadenceTypes) {
                try {
                    types.add(ContactType.valueOf(type));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new BadRequestException("unknown contact type in cadenceTypes");
                }
            }
            return new ContactCadence(cadenceContacts == null ? 0 : cadenceContacts,
                    cadencePerDays == null ? 0 : cadencePerDays, types);
        }
    }

    /** Hides a template the association does not run, or shows it again. */
    public static class Visibility {
        public boolean hidden;
        @NotNull public Long version;
    }

    @EJB
    private ProgrammeService programmes;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The programme catalogue; a page (sort: code, name)")
    public Page<ProgrammeView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        Map<String, Comparator<ProgrammeView>> columns = new LinkedHashMap<>();
        columns.put("code", Paging.by(ProgrammeView::code));
        columns.put("name", Paging.by(ProgrammeView::name));
        return Page.sorted(programmes.listProgrammes().stream().map(ProgrammeView::of).toList(),
                Paging.of(page, size, sort, columns, "code"));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme and its rules")
    public ProgrammeView get(@PathParam("id") long id) {
        return programmes.findProgramme(id).map(ProgrammeView::of)
                .orElseThrow(() -> new NotFoundException(Programme.class, id));
    }

    @POST
    @Operation(summary = "Create a programme (administrators): the JSON of GET /programmes/{id} without id and "
            + "version, with a code no programme has (422 programme.code.taken otherwise); rules checked as for an edit")
    public Response create(ProgrammeBody body) {
        Programme created = programmes.createProgramme(body.code, body.kind, body.rules());
        if (body.hidden) {
            created = programmes.hideProgramme(created.getId(), created.getVersion(), true);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ProgrammeView.of(created)).build();
    }

    @PUT
    @Path("{id}/hidden")
    @Operation(summary = "Hide a template the association does not run, or show it again (administrators)")
    public ProgrammeView hide(@PathParam("id") long id, Visibility body) {
        return ProgrammeView.of(programmes.hideProgramme(id, body.version, body.hidden));
    }

    @POST
    @Path("templates")
    @Operation(summary = "Install the ready templates not installed yet (administrators)")
    public Map<String, Integer> installTemplates() {
        return Map.of("installed", programmes.installTemplates());
    }
}
