package org.ancrage.api.rent;

import jakarta.ejb.EJB;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.money.Money;
import org.ancrage.rent.DepositDeduction;
import org.ancrage.rent.DepositService;
import org.ancrage.rent.PaymentMethod;
import org.ancrage.rent.SecurityDeposit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Security deposits (dépôt de garantie): received, the keys handed back, deductions and their
 * cancellations, returned with the penalty owed when late. Amounts in euros, exact.
 */
@Path("deposits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rent")
public class DepositResource {

    public static class NewDeposit {
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) public BigDecimal amount;
        @NotNull public LocalDate receivedOn;
        @NotNull public PaymentMethod method;
        /** The receipt's reference, optional: the cheque's number, the transfer's reference. */
        @Size(max = SecurityDeposit.REFERENCE_LENGTH) public String reference;
    }

    public static class KeysReturned {
        @NotNull public Long version;
        @NotNull public LocalDate on;
        @NotNull public Boolean inspectionsMatch;
    }

    public static class NewDeduction {
        @NotNull @Size(min = 1, max = DepositDeduction.LABEL_LENGTH) public String label;
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) public BigDecimal amount;
        @NotNull @Size(min = 1, max = DepositDeduction.REASON_LENGTH) public String reason;
        /** For unpaid rent: the rent account is credited with it, at most what the household owes (false if absent). */
        public Boolean unpaidRent;
    }

    public static class DeductionCancellation {
        @NotNull @Size(min = 1, max = DepositDeduction.REASON_LENGTH) public String reason;
    }

    public static class DepositReturned {
        @NotNull public Long version;
        @NotNull public LocalDate on;
    }

    @EJB
    private DepositService deposits;

    @GET
    @Path("occupancies/{occupancyId}")
    @Operation(summary = "An occupancy's deposit: deductions, what is to be returned, its deadline, the penalty if"
            + " late (404 when none was received)")
    public DepositView of(@PathParam("occupancyId") long occupancyId) {
        return deposits.depositOf(occupancyId).map(DepositView::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("occupancies/{occupancyId}")
    @Operation(summary = "Record the deposit received, with its reference when it has one (a cheque's number, a"
            + " transfer's), at most one month's rent excluding charges (422 above, or when already received)")
    public Response receive(@PathParam("occupancyId") long occupancyId, NewDeposit body) {
        deposits.receiveDeposit(occupancyId, Money.of(body.amount), body.receivedOn, body.method, body.reference);
        return Response.status(Response.Status.CREATED).entity(of(occupancyId)).build();
    }

    @POST
    @Path("{depositId}/keys")
    @Operation(summary = "The keys handed back after the departure, the inspections matching or not: the deadline"
            + " of return runs from then (one month, two when they differ)")
    public DepositView keys(@PathParam("depositId") long depositId, KeysReturned body) {
        SecurityDeposit deposit = deposits.keysReturned(depositId, body.version, body.on, body.inspectionsMatch);
        return of(deposit.getOccupancyId());
    }

    @POST
    @Path("{depositId}/deductions")
    @Operation(summary = "A deduction with its label and justification (422 when the deductions would exceed the"
            + " deposit); for unpaid rent, the rent account is credited with it (422 above what the household owes)")
    public Response deduct(@PathParam("depositId") long depositId, NewDeduction body) {
        return Response.status(Response.Status.CREATED).entity(DeductionView.of(deposits.deduct(depositId,
                body.label, Money.of(body.amount), body.reason, Boolean.TRUE.equals(body.unpaidRent)))).build();
    }

    @POST
    @Path("deductions/{deductionId}/cancellation")
    @Operation(summary = "Cancel a deduction made by mistake by an entry with its reason (422 if already cancelled);"
            + " one for unpaid rent takes its credit back from the rent account")
    public Response cancel(@PathParam("deductionId") long deductionId, DeductionCancellation body) {
        return Response.status(Response.Status.CREATED).entity(DeductionView.of(deposits.cancelDeduction(
                deductionId, body.reason))).build();
    }

    @POST
    @Path("{depositId}/return")
    @Operation(summary = "The deposit returned on a date, less its deductions, with the penalty owed when late")
    public DepositView returned(@PathParam("depositId") long depositId, DepositReturned body) {
        SecurityDeposit deposit = deposits.returnDeposit(depositId, body.version, body.on);
        return of(deposit.getOccupancyId());
    }
}
