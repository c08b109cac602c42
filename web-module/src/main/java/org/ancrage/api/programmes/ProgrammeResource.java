package org.ancrage.api.programmes;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.programmes.RenewalStep;
import org.ancrage.system.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programme catalogue (dispositifs) and its rules. */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class ProgrammeResource {

    public record Step(int months, boolean derogationRequired, String derogationAuthority) {
    }

    public record ProgrammeView(Long id, String code, String name, String funder, String kind,
            Integer firstPeriodMonths, List<Step> renewals, Integer maxTotalMonths, Integer cadenceContacts,
            Integer cadencePerDays, List<String> cadenceTypes, int evaluationLeadDays, Integer followUpMonths,
            Integer financedCapacity, boolean residenceStatusRequired, boolean active, long version) {

        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.getId(), p.getCode(), p.getName(), p.getFunder(), p.getKind().name(),
                    p.getFirstPeriodMonths(),
                    p.getRenewalSteps().stream().map(ProgrammeView::step).toList(), p.getMaxTotalMonths(),
                    p.getCadence().isSet() ? p.getCadence().contacts() : null,
                    p.getCadence().isSet() ? p.getCadence().perDays() : null,
                    p.getCadence().countedTypes().stream().map(Enum::name).sorted().toList(),
                    p.getEvaluationLeadDays(), p.getFollowUpMonths(), p.getFinancedCapacity(),
                    p.isResidenceStatusRequired(), p.isActive(), p.getVersion());
        }

        private static Step step(RenewalStep s) {
            return new Step(s.months(), s.derogationRequired(), s.derogationAuthority());
        }
    }

    @EJB
    private ProgrammeService programmes;

    @GET
    @Operation(summary = "The programme catalogue")
    public List<ProgrammeView> list() {
        return programmes.listProgrammes().stream().map(ProgrammeView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme and its rules")
    public ProgrammeView get(@PathParam("id") long id) {
        return programmes.findProgramme(id).map(ProgrammeView::of)
                .orElseThrow(() -> new NotFoundException("Programme", id));
    }

    @POST
    @Path("templates")
    @Operation(summary = "Install the ready templates not installed yet (administrators)")
    public Map<String, Integer> installTemplates() {
        return Map.of("installed", programmes.installTemplates());
    }
}
