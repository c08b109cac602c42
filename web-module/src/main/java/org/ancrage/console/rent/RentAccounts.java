package org.ancrage.console.rent;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ancrage.console.Messages;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.console.security.StaffNames;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.OccupancyService;
import org.ancrage.housing.Occupancy;
import org.ancrage.housing.ScheduledDeparture;
import org.ancrage.money.Money;
import org.ancrage.rent.AccountEntry;
import org.ancrage.rent.CallSettlement;
import org.ancrage.rent.EntryKind;
import org.ancrage.rent.PlanFollowUp;
import org.ancrage.rent.RentAccount;
import org.ancrage.rent.RentRevision;
import org.ancrage.rent.RentService;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ReaderFormats;

/**
 * The rent accounts of the household's file as a reader reads a statement: the current
 * occupancy's, and those of the dwellings it left (their balance, payments still coming, plans,
 * write-off). Months in words, amounts in euros for the reader, every label translated. Read once
 * per request; an action that changes an account says so ({@link #changed()}).
 */
@Named
@RequestScoped
public class RentAccounts {

    /**
     * One line of the statement, ready to read; a call's line has its id and says which receipt the
     * month may have: its quittance once fully paid ({@code quittance}), a receipt for the amount
     * paid while partly paid ({@code partialReceipt}), neither while nothing is paid.
     */
    public record LineView(String date, String label, String detail, String debit, String credit, String balance,
            Long paymentId, boolean reversible, String kind, Long callId, boolean quittance,
            boolean partialReceipt) {
    }

    /** One occupancy's account. */
    public record AccountView(Occupancy occupancy, String dwelling, boolean current, String ended, String balance,
            boolean owes, boolean inCredit, String monthlyDue, List<LineView> lines, List<PlanFollowUp> plans,
            List<AccountEntry> pendingWriteOffs, ScheduledDeparture scheduled, String scheduledText,
            List<RentRevision> revisions) {

        public long getOccupancyId() {
            return occupancy.getId();
        }
    }

    @EJB private RentService rent;
    @EJB private DwellingService dwellings;
    @EJB private OccupancyService occupancies;
    @Inject private HouseholdFileBacking file;
    @Inject private Messages messages;
    @Inject private StaffNames staff;
    @Inject private FacesContext faces;

    private List<AccountView> accounts;

    /** The accounts were changed by an action of this request: read them again when next shown. */
    public void changed() {
        accounts = null;
    }

    /** The current occupancy's account, if the household is housed. */
    public AccountView getCurrent() {
        return all().stream().filter(AccountView::current).findFirst().orElse(null);
    }

    /** The accounts of the dwellings the household left, newest first. */
    public List<AccountView> getPast() {
        return all().stream().filter(a -> !a.current()).toList();
    }

    public Optional<AccountView> account(long occupancyId) {
        return all().stream().filter(a -> a.occupancy().getId() == occupancyId).findFirst();
    }

    private List<AccountView> all() {
        if (accounts == null) {
            accounts = file.getId() == null ? List.of() : occupancies.occupanciesOfHousehold(file.getId()).stream()
                    .map(this::view).toList();
        }
        return accounts;
    }

    private AccountView view(Occupancy occupancy) {
        Locale locale = locale();
        RentAccount account = rent.accountOf(occupancy.getId());
        List<RentAccount.Line> statement = account.statement();
        Set<Long> reversed = statement.stream().filter(l -> l.reversesPaymentId() != null)
                .map(RentAccount.Line::reversesPaymentId).collect(Collectors.toSet());
        Map<Long, CallSettlement> settlements = account.settlements().stream()
                .collect(Collectors.toMap(s -> s.call().getId(), s -> s));
        List<AccountEntry> entries = rent.entriesOf(occupancy.getId());
        Map<Long, AccountEntry> entryById = entries.stream().collect(Collectors.toMap(AccountEntry::getId, e -> e));
        List<LineView> lines = new ArrayList<>();
        for (RentAccount.Line l : statement) {
            lines.add(new LineView(date(l.date()), label(l), detail(l, entryById.get(l.entryId())), l.debit().isZero() ? "" : euros(l.debit()),
                    l.credit().isZero() ? "" : euros(l.credit()), balance(l.balance()), l.paymentId(),
                    l.kind() == RentAccount.LineKind.PAYMENT && !reversed.contains(l.paymentId()), l.kind().name(),
                    l.callId(), paid(settlements.get(l.callId()), CallSettlement::fullyPaid),
                    paid(settlements.get(l.callId()), CallSettlement::partlyPaid)));
        }
        LocalDate today = AssociationClock.today();
        List<PlanFollowUp> plans = rent.repaymentPlansOf(occupancy.getId()).stream()
                .map(plan -> rent.followUpRepaymentPlan(plan.getId(), today)).toList();
        List<AccountEntry> pending = entries.stream()
                .filter(e -> e.getKind() == EntryKind.WRITE_OFF && e.getApprovedBy() == null).toList();
        ScheduledDeparture scheduled = occupancy.isOpen() ? occupancies.scheduledDeparture(occupancy.getId())
                .orElse(null) : null;
        String scheduledText = scheduled == null ? null : messages.text("departure.scheduled."
                + scheduled.getKind(), date(scheduled.getEffectiveOn()));
        String ended = occupancy.isOpen() ? null : messages.text("account.ended." + occupancy.getEndedBy(),
                date(occupancy.getEnd()));
        Money balance = account.balance();
        List<RentRevision> revisions = rent.rentRevisionsOf(occupancy.getId());
        Money monthlyDue = revisions.stream().filter(r -> !r.getEffectiveFrom().isAfter(today))
                .reduce((a, b) -> b).map(r -> r.getRent().plus(r.getCharges()).minus(r.getHousingBenefit()))
                .orElse(occupancy.monthlyAmountDue());
        return new AccountView(occupancy, dwellings.getDwelling(occupancy.getDwellingId()).getDisplayAddress(),
                occupancy.isOpen(), ended, balance(balance), balance.isPositive(), balance.isNegative(),
                euros(monthlyDue), lines, plans, pending, scheduled, scheduledText, revisions);
    }

    /** Whether a call's month is paid as {@code how} says (fully, partly); false for a line that is no call. */
    private static boolean paid(CallSettlement settlement, java.util.function.Predicate<CallSettlement> how) {
        return settlement != null && how.test(settlement);
    }

    private String label(RentAccount.Line l) {
        return switch (l.kind()) {
            case CALL -> messages.text("statement.call", monthInWords(l.month()));
            case PAYMENT -> messages.text("statement.payment", messages.text("enum.Payer." + l.payer()),
                    messages.text("enum.PaymentMethod." + l.method()));
            case REVERSAL -> messages.text("statement.reversal", messages.text("enum.PaymentMethod." + l.method()));
            case CHARGES_REGULARISATION -> messages.text("statement.regularisation");
            case WRITE_OFF -> messages.text("statement.writeOff");
            case DEPARTURE_CREDIT -> messages.text("statement.departureCredit");
            case DEPOSIT_DEDUCTION -> messages.text("statement.depositDeduction");
            case DEDUCTION_CANCELLED -> messages.text("statement.deductionCancelled");
        };
    }

    /** What a line says besides its label; an entry of the deposit also names who recorded it. */
    private String detail(RentAccount.Line l, AccountEntry entry) {
        return switch (l.kind()) {
            case CALL -> {
                String detail = messages.text("statement.call.detail", euros(l.rent()), euros(l.charges()),
                        euros(l.housingBenefit()), euros(l.debit()));
                if (l.daysCalled() != null) {
                    detail = messages.text("statement.call.prorated", l.daysCalled(), l.daysInMonth()) + " · "
                            + detail;
                }
                if (l.creditCarried() != null) {
                    detail += " · " + messages.text("statement.call.creditCarried", euros(l.creditCarried()));
                }
                yield detail;
            }
            case PAYMENT -> l.reference() == null ? "" : messages.text("statement.reference", l.reference());
            case REVERSAL -> messages.text("statement.reversal.detail", l.reference() == null ? "—" : l.reference(),
                    l.reason());
            case CHARGES_REGULARISATION, WRITE_OFF -> l.reason();
            case DEPARTURE_CREDIT -> messages.text("statement.departureCredit.detail",
                    monthInWords(YearMonth.parse(l.reason())));
            case DEPOSIT_DEDUCTION, DEDUCTION_CANCELLED -> messages.text("statement.depositEntry.detail", l.reason(),
                    entry == null ? "" : staff.name(entry.getProposedBy()));
        };
    }

    /** "novembre 2026", "November 2026": a month as the statement says it. */
    private String monthInWords(YearMonth month) {
        return month.atDay(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale()));
    }

    /** {@code 215,50 €}; a credit reads "crédit 30,00 €". */
    public String balance(Money balance) {
        return balance.isNegative() ? messages.text("statement.inCredit", euros(balance.negate())) : euros(balance);
    }

    /** An amount for the reader, in the page's language: 215,50 € or €215.50. */
    public String euros(Money amount) {
        return ReaderFormats.money(amount.amount(), locale());
    }

    private String date(LocalDate date) {
        return ReaderFormats.date(date, locale());
    }

    private Locale locale() {
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
        return locale.getCountry().isEmpty() ? Locale.forLanguageTag(locale.getLanguage().equals("en") ? "en-IE"
                : "fr-FR") : locale;
    }
}
