package org.ancrage.api.rent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Comparator;
import org.ancrage.documents.Paper;
import org.ancrage.api.Paging;
import org.ancrage.api.Papers;
import org.ancrage.api.Page;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ancrage.api.QueryValues;
import org.ancrage.money.Money;
import org.ancrage.rent.Instalment;
import org.ancrage.rent.Payer;
import org.ancrage.rent.PaymentMethod;
import org.ancrage.rent.RentAccount;
import org.ancrage.rent.FinalSettlementService;
import org.ancrage.rent.RentPaper;
import org.ancrage.rent.RentPaperKind;
import org.ancrage.rent.RentReminderService;
import org.ancrage.rent.RentService;
import org.ancrage.rent.RepaymentPlan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rent: monthly calls, payments, the account with its arrears by age, repayment plans. Amounts in euros, exact. */
@Path("rent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rent")
public class RentResource {

    public record Issued(String month, int issued) {
    }

    /** A month, as {@code 2026-03}. */
    public static class MonthBody {
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") public String month;
    }

    /** Money received. */
    @Schema(example = "{\"paidOn\": \"2026-05-05\", \"amount\": 149.50, \"payer\": \"HOUSEHOLD\", \"method\": \"CHEQUE\", \"reference\": \"Chèque n° 4402117\"}")
    public static class NewPayment {
        @NotNull public LocalDate paidOn;
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) public BigDecimal amount;
        @NotNull public Payer payer;
        /** Cheque, transfer…; the payer's usual method when absent. */
        public PaymentMethod method;
        @Size(max = 80) public String reference;
        public Long repaymentPlanId;
    }

    /** Why a payment recorded by mistake is cancelled. */
    public static class Reversal {
        @NotNull @Size(min = 1, max = 500) public String reason;
    }

    /** A repayment plan: equal monthly instalments from a first due date, or the instalments given. */
    @Schema(example = "{\"agreedOn\": \"2026-06-01\", \"debt\": 680.00, \"monthlyInstalments\": 4, \"firstDue\": \"2026-07-05\"}")
    public static class NewPlan {
        @NotNull public LocalDate agreedOn;
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) public BigDecimal debt;
        @Min(1) @Max(120) public Integer monthlyInstalments;
        public LocalDate firstDue;
        @Valid @Size(max = 120) public List<NewInstalment> instalments;
    }

    /** One instalment given by hand. */
    public static class NewInstalment {
        @NotNull public LocalDate dueDate;
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) public BigDecimal amount;
    }

    /** A cancellation, with the version read. */
    public static class Cancellation {
        @NotNull public Long version;
        @NotNull public LocalDate on;
    }

    private static final String PDF = "application/pdf";

    @EJB
    private RentService rent;

    @EJB
    private FinalSettlementService settlements;

    @EJB
    private RentReminderService reminders;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("calls")
    @Operation(summary = "Issue the month's calls for every occupancy that has none yet (never twice)")
    public Issued issueAll(MonthBody body) {
        YearMonth month = YearMonth.parse(body.month);
        return new Issued(body.month, rent.issueRentCalls(month));
    }

    @POST
    @Path("occupancies/{occupancyId}/calls")
    @Operation(summary = "Issue one occupancy's call for a month (422 if already issued)")
    public Response issue(@PathParam("occupancyId") long occupancyId, MonthBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(CallView.of(rent.issueRentCall(occupancyId, YearMonth.parse(body.month)))).build();
    }

    @GET
    @Path("occupancies/{occupancyId}/calls")
    @Operation(summary = "An occupancy's calls; a page (sort: month)")
    public Page<CallView> calls(@PathParam("occupancyId") long occupancyId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Page.sorted(rent.rentCallsOf(occupancyId).stream().map(CallView::of).toList(),
                Paging.of(page, size, sort, Map.of("month", Paging.by(CallView::month)), "month"));
    }

    @GET
    @Path("calls/{callId}/notice")
    @Produces(PDF)
    @Operation(summary = "The month's rent call notice (avis d'échéance) as PDF, in the caller's language")
    public Response notice(@PathParam("callId") long callId) {
        return paper(callId, RentPaperKind.NOTICE);
    }

    @GET
    @Path("calls/{callId}/receipt")
    @Produces(PDF)
    @Operation(summary = "The month's receipt as PDF: its quittance when fully paid, a receipt for the amount paid"
            + " when partly paid (422 when nothing is paid: no receipt of any kind)")
    public Response receipt(@PathParam("callId") long callId) {
        return paper(callId, null);
    }

    @GET
    @Path("calls/{callId}/quittance")
    @Produces(PDF)
    @Operation(summary = "The month's quittance as PDF (422 unless the month is fully paid)")
    public Response quittance(@PathParam("callId") long callId) {
        return paper(callId, RentPaperKind.QUITTANCE);
    }

    @GET
    @Path("occupancies/{occupancyId}/debt-statement")
    @Produces(PDF)
    @Operation(summary = "The account's debt statement (décompte) at a date as PDF: the calls, payments and entries"
            + " dated by then with the running balance, what is owed and since when (422 for a date after today)")
    public Response debtStatement(@PathParam("occupancyId") long occupancyId,
            @Parameter(description = "The date it stops at (default today)") @QueryParam("on") String on) {
        Paper statement = rent.debtStatement(occupancyId, QueryValues.dateOrToday("on", on), locale());
        return Papers.attachment(statement).build();
    }

    @GET
    @Path("occupancies/{occupancyId}/final-settlement")
    @Produces(PDF)
    @Operation(summary = "The final settlement (solde de tout compte) of an occupancy that ended, as PDF: the account,"
            + " the security deposit and what one side still owes the other (422 before the departure)")
    public Response finalSettlement(@PathParam("occupancyId") long occupancyId) {
        FinalSettlementService.FinalSettlement settlement = settlements.finalSettlement(occupancyId, locale());
        return Papers.attachment(settlement.paper()).build();
    }

    @GET
    @Path("occupancies/{occupancyId}/reminder-letter")
    @Produces(PDF)
    @Operation(summary = "The rent reminder (relance) to the household as PDF, as firm as its oldest debt is old (under"
            + " a month, up to two, beyond): what is owed, the months unpaid (422 when nothing is owed today)")
    public Response reminderLetter(@PathParam("occupancyId") long occupancyId) {
        return Papers.attachment(reminders.reminderLetter(occupancyId, locale())).build();
    }

    private Locale locale() {
        return Papers.language(headers);
    }

    private Response paper(long callId, RentPaperKind kind) {
        Locale locale = locale();
        RentPaper paper = rent.rentPaper(callId, kind, locale);
        return Papers.attachment(paper.paper()).header("X-Rent-Paper", paper.kind().name()).build();
    }


    @POST
    @Path("occupancies/{occupancyId}/payments")
    @Operation(summary = "Record a payment (household, CAF, FSL, other), possibly towards a repayment plan")
    public Response pay(@PathParam("occupancyId") long occupancyId, NewPayment body) {
        return Response.status(Response.Status.CREATED).entity(PaymentView.of(rent.recordPayment(occupancyId,
                body.paidOn, Money.of(body.amount), body.payer, body.method == null
                        ? PaymentMethod.usualFor(body.payer) : body.method, body.reference, body.repaymentPlanId)))
                .build();
    }

    @POST
    @Path("payments/{paymentId}/reversal")
    @Operation(summary = "Cancel a payment recorded by mistake by its reversing entry, with the reason (422 if"
            + " already cancelled)")
    public Response reverse(@PathParam("paymentId") long paymentId, Reversal body) {
        return Response.status(Response.Status.CREATED).entity(PaymentView.of(rent.reversePayment(paymentId,
                body.reason))).build();
    }

    @GET
    @Path("occupancies/{occupancyId}/account")
    @Operation(summary = "Statement with running balance, and arrears by age on a date (default today)")
    public AccountView account(@PathParam("occupancyId") long occupancyId, @QueryParam("on") String on) {
        RentAccount account = rent.accountOf(occupancyId);
        return new AccountView(occupancyId, account.balance().amount(),
                ArrearsView.of(account.arrearsOn(QueryValues.dateOrToday("on", on))),
                account.statement().stream().map(LineView::of).toList());
    }

    @GET
    @Path("arrears")
    @Operation(summary = "Every occupancy in arrears on a date (default today); a page (sort: total, the largest first"
            + " by default)")
    public Page<ArrearsLineView> arrears(@QueryParam("on") String on, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Paging<Comparator<ArrearsLineView>> paging = Paging.of(page, size, sort,
                Map.of("total", Paging.by(l -> l.arrears().total())), "total,desc");
        return Page.sorted(rent.arrearsOn(QueryValues.dateOrToday("on", on)).stream().map(l -> new ArrearsLineView(
                l.occupancyId(), l.householdId(), l.dwellingId(), ArrearsView.of(l.arrears()))).toList(), paging);
    }

    @POST
    @Path("occupancies/{occupancyId}/repayment-plans")
    @Operation(summary = "Agree a repayment plan for (part of) the arrears")
    public Response agreePlan(@PathParam("occupancyId") long occupancyId, NewPlan body) {
        Money debt = Money.of(body.debt);
        List<Instalment> instalments;
        if (body.instalments != null && !body.instalments.isEmpty()) {
            instalments = new java.util.ArrayList<>();
            for (int i = 0; i < body.instalments.size(); i++) {
                NewInstalment given = body.instalments.get(i);
                instalments.add(new Instalment(i + 1, given.dueDate, Money.of(given.amount)));
            }
        } else {
            int count = body.monthlyInstalments == null ? 1 : body.monthlyInstalments;
            instalments = RepaymentPlan.monthly(debt, count,
                    body.firstDue != null ? body.firstDue : body.agreedOn.plusMonths(1));
        }
        return Response.status(Response.Status.CREATED)
                .entity(PlanView.of(rent.agreeRepaymentPlan(occupancyId, body.agreedOn, debt, instalments))).build();
    }

    @GET
    @Path("occupancies/{occupancyId}/repayment-plans")
    @Operation(summary = "An occupancy's repayment plans; a page (sort: agreedOn, newest first by default)")
    public Page<PlanView> plans(@PathParam("occupancyId") long occupancyId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return Page.sorted(rent.repaymentPlansOf(occupancyId).stream().map(PlanView::of).toList(),
                Paging.of(page, size, sort, Map.of("agreedOn", Paging.by(PlanView::agreedOn)), "agreedOn,desc"));
    }

    @GET
    @Path("repayment-plans/{planId}/follow-up")
    @Operation(summary = "Where a plan stands on a date (default today): paid, remaining, each instalment")
    public FollowUpView followUp(@PathParam("planId") long planId, @QueryParam("on") String on) {
        return FollowUpView.of(rent.followUpRepaymentPlan(planId, QueryValues.dateOrToday("on", on)));
    }

    @POST
    @Path("repayment-plans/{planId}/cancellation")
    @Operation(summary = "Cancel a repayment plan")
    public PlanView cancel(@PathParam("planId") long planId, Cancellation body) {
        return PlanView.of(rent.cancelRepaymentPlan(planId, body.version, body.on));
    }
}
