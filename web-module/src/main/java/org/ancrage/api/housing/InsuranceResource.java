package org.ancrage.api.housing;

import java.util.Map;
import java.util.Comparator;
import org.ancrage.api.Paging;
import org.ancrage.api.Page;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.ancrage.api.QueryValues;
import org.ancrage.housing.InsuranceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Home-insurance certificates of the households placed, and those expiring. */
@Path("insurance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Housing")
public class InsuranceResource {

    /** A certificate as handed over by the household. */
    public static class NewCertificate {
        @NotNull public Long householdId;
        @NotBlank @Size(max = 120) public String insurer;
        @Size(max = 60) public String policyNumber;
        @NotNull public LocalDate validFrom;
        @NotNull public LocalDate expiresOn;
    }

    @EJB
    private InsuranceService insurance;

    @POST
    @Operation(summary = "Record a household's insurance certificate")
    public Response record(NewCertificate body) {
        return Response.status(Response.Status.CREATED).entity(CertificateView.of(insurance.recordInsurance(
                body.householdId, body.insurer, body.policyNumber, body.validFrom, body.expiresOn))).build();
    }

    @GET
    @Operation(summary = "A household's certificates; a page (sort: expiresOn, latest first by default)")
    public Page<CertificateView> ofHousehold(@QueryParam("householdId") String householdId,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Paging<Comparator<CertificateView>> paging = Paging.of(page, size, sort,
                Map.of("expiresOn", Paging.by(CertificateView::expiresOn)), "expiresOn,desc");
        return Page.sorted(insurance.insuranceOf(QueryValues.id("householdId", householdId)).stream()
                .map(CertificateView::of).toList(), paging);
    }

    @GET
    @Path("expiring")
    @Operation(summary = "Households placed and not insured beyond a date (default today); a page (sort: lastExpiry,"
            + " the oldest first by default)")
    public Page<GapView> expiring(@QueryParam("by") String by, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Paging<Comparator<GapView>> paging = Paging.of(page, size, sort,
                Map.of("lastExpiry", Paging.by(GapView::lastExpiry)), "lastExpiry");
        return Page.sorted(insurance.insuranceExpiringBy(QueryValues.dateOrToday("by", by)).stream().map(g -> new GapView(
                g.occupancy().getId(), g.occupancy().getHouseholdId(), g.occupancy().getDwellingId(), g.lastExpiry()))
                .toList(), paging);
    }
}
