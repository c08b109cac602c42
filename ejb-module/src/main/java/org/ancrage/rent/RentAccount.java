package org.ancrage.rent;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ancrage.money.Money;

/**
 * An occupancy's rent account: calls owed, payments received (a reversal cancelling a payment on
 * its value date), charges regularisations, approved write-offs and the security deposit kept for
 * unpaid rent (its cancellation taking that back as a reversal does). Credits settle the oldest
 * debts first, which is how the unpaid remainder gets its age; a credit beyond what is owed is
 * carried to the next call.
 */
public final class RentAccount {

    /** What a statement line is. */
    public enum LineKind {
        CALL, PAYMENT, REVERSAL, CHARGES_REGULARISATION, WRITE_OFF, DEPARTURE_CREDIT, DEPOSIT_DEDUCTION,
        DEDUCTION_CANCELLED
    }

    /**
     * One line of the statement; the balance is what the household owes after it (negative: in
     * credit). For a call: its month, rent, charges and benefit, the days called when prorated, and
     * the credit carried from before that it uses. For a payment: its payer, method and reference;
     * for a reversal and an entry, its reason.
     */
    public record Line(LocalDate date, String label, Money debit, Money credit, Money balance, Long callId,
            Long paymentId, LineKind kind, YearMonth month, Money rent, Money charges, Money housingBenefit,
            Integer daysCalled, Integer daysInMonth, Money creditCarried, Payer payer, PaymentMethod method,
            String reference, String reason, Long reversesPaymentId, Long entryId) {
    }

    private record Debit(LocalDate date, Money amount) {
    }

    /** A debt of the account: a call, or charges owed (call null). */
    private record Owed(LocalDate date, Money amount, RentCall call) {
    }

    private final List<RentCall> calls;
    private final List<Payment> payments;
    private final List<AccountEntry> entries;

    public RentAccount(List<RentCall> calls, List<Payment> payments) {
        this(calls, payments, List.of());
    }

    public RentAccount(List<RentCall> calls, List<Payment> payments, List<AccountEntry> entries) {
        this.calls = calls.stream().sorted(Comparator.comparing(RentCall::getDueDate)).toList();
        this.payments = payments.stream().sorted(Comparator.comparing(Payment::getPaidOn)
                .thenComparing(Payment::getRecordedAt)).toList();
        this.entries = entries.stream().filter(AccountEntry::counts)
                .sorted(Comparator.comparing(AccountEntry::getEntryDate).thenComparing(AccountEntry::getRecordedAt))
                .toList();
    }

    /** Every line by date (debts before credits of the same day), with the running balance. */
    public List<Line> statement() {
        List<Line> lines = new ArrayList<>();
        for (RentCall call : calls) {
            lines.add(new Line(call.getDueDate(), call.getMonth().toString(), call.getAmountDue(), Money.ZERO, null,
                    call.getId(), null, LineKind.CALL, call.getMonth(), call.getRent(), call.getCharges(),
                    call.getHousingBenefit(), call.getDaysCalled(), call.getDaysInMonth(), null, null, null, null,
                    null, null, null));
        }
        for (Payment payment : payments) {
            Money amount = payment.getAmount();
            lines.add(new Line(payment.getPaidOn(), payment.getPayer().name(),
                    amount.isNegative() ? amount.negate() : Money.ZERO, amount.isNegative() ? Money.ZERO : amount,
                    null, null, payment.getId(), payment.isReversal() ? LineKind.REVERSAL : LineKind.PAYMENT, null,
                    null, null, null, null, null, null, payment.getPayer(), payment.getMethod(),
                    payment.getReference(), payment.getReason(), payment.getReversesPaymentId(), null));
        }
        for (AccountEntry entry : entries) {
            Money amount = entry.getAmount();
            lines.add(new Line(entry.getEntryDate(), entry.getKind().name(), amount.isPositive() ? amount : Money.ZERO,
                    amount.isPositive() ? Money.ZERO : amount.negate(), null, null, null,
                    LineKind.valueOf(entry.getKind().name()), null, null, null, null, null, null, null, null, null,
                    null, entry.getReason(), null, entry.getId()));
        }
        // by date; on one day the debts first; otherwise in the order recorded (a reversal after its payment, a
        // deduction's cancellation after the deduction)
        List<Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing(Line::date).thenComparing(l -> l.debit().isPositive() && l.kind()
                != LineKind.REVERSAL && l.kind() != LineKind.DEDUCTION_CANCELLED ? 0 : 1));
        List<Line> withBalance = new ArrayList<>();
        Money balance = Money.ZERO;
        for (Line l : ordered) {
            Money carried = null;
            if (l.kind() == LineKind.CALL && balance.isNegative()) {
                Money credit = balance.negate();
                carried = credit.compareTo(l.debit()) < 0 ? credit : l.debit();
            }
            balance = balance.plus(l.debit()).minus(l.credit());
            withBalance.add(new Line(l.date(), l.label(), l.debit(), l.credit(), balance, l.callId(), l.paymentId(),
                    l.kind(), l.month(), l.rent(), l.charges(), l.housingBenefit(), l.daysCalled(), l.daysInMonth(),
                    carried, l.payer(), l.method(), l.reference(), l.reason(), l.reversesPaymentId(), l.entryId()));
        }
        return withBalance;
    }

    /** The statement as it stood at the end of {@code asOf}: the lines dated by then, their running balance. */
    public List<Line> statementUpTo(LocalDate asOf) {
        return statement().stream().filter(line -> !line.date().isAfter(asOf)).toList();
    }

    /** What the household owes today for every call and entry (negative: in credit). */
    public Money balance() {
        Money due = calls.stream().map(RentCall::getAmountDue).reduce(Money.ZERO, Money::plus);
        Money paid = payments.stream().map(Payment::getAmount).reduce(Money.ZERO, Money::plus);
        Money entered = entries.stream().map(AccountEntry::getAmount).reduce(Money.ZERO, Money::plus);
        return due.minus(paid).plus(entered);
    }

    /** The credit the household has, carried to its next call (zero when it owes). */
    public Money credit() {
        Money balance = balance();
        return balance.isNegative() ? balance.negate() : Money.ZERO;
    }

    /** Debts due by {@code asOf} and not covered by the credits received by then, by age. */
    public Arrears arrearsOn(LocalDate asOf) {
        Money paid = payments.stream().filter(pay -> !pay.getPaidOn().isAfter(asOf)).map(Payment::getAmount)
                .reduce(Money.ZERO, Money::plus);
        List<Debit> debits = new ArrayList<>();
        calls.forEach(c -> debits.add(new Debit(c.getDueDate(), c.getAmountDue())));
        for (AccountEntry entry : entries) {
            if (entry.getEntryDate().isAfter(asOf)) {
                continue;
            }
            if (entry.getAmount().isPositive() && !entry.getKind().isCreditCorrection()) {
                debits.add(new Debit(entry.getEntryDate(), entry.getAmount()));
            } else {
                paid = paid.minus(entry.getAmount()); // a deduction's cancellation takes its credit back
            }
        }
        debits.sort(Comparator.comparing(Debit::date));
        Map<ArrearsAge, Money> byAge = new EnumMap<>(ArrearsAge.class);
        Money total = Money.ZERO;
        LocalDate oldest = null;
        for (Debit debit : debits) {
            if (debit.date().isAfter(asOf)) {
                break;
            }
            Money settled = paid.isNegative() ? Money.ZERO : min(paid, debit.amount());
            paid = paid.minus(settled);
            Money unpaid = debit.amount().minus(settled);
            if (unpaid.isPositive()) {
                ArrearsAge age = ArrearsAge.of(ChronoUnit.DAYS.between(debit.date(), asOf));
                byAge.merge(age, unpaid, Money::plus);
                total = total.plus(unpaid);
                oldest = oldest == null ? debit.date() : oldest;
            }
        }
        return new Arrears(asOf, total, byAge, oldest);
    }

    /**
     * What has been paid of each call, oldest first: every credit received (payments net of their
     * reversals, refunded charges, days given back at a departure, the deposit kept for unpaid rent
     * net of its cancellations) settles the oldest debts first —
     * calls by due date and charges owed by their date — as the account's balance does; a credit
     * beyond the debts is carried to the next call. A write-off pays nothing: a month it settles is
     * not paid.
     */
    public List<CallSettlement> settlements() {
        Money credits = payments.stream().map(Payment::getAmount).reduce(Money.ZERO, Money::plus);
        List<Owed> debts = new ArrayList<>();
        calls.forEach(c -> debts.add(new Owed(c.getDueDate(), c.getAmountDue(), c)));
        for (AccountEntry entry : entries) {
            if (entry.getAmount().isPositive() && !entry.getKind().isCreditCorrection()) {
                debts.add(new Owed(entry.getEntryDate(), entry.getAmount(), null));
            } else if (entry.getKind() != EntryKind.WRITE_OFF) {
                credits = credits.minus(entry.getAmount()); // a deduction's cancellation takes its credit back
            }
        }
        // by date; on one day the call before an entry
        debts.sort(Comparator.comparing(Owed::date).thenComparing(d -> d.call() == null ? 1 : 0));
        List<CallSettlement> settlements = new ArrayList<>();
        for (Owed debt : debts) {
            Money settled = credits.isPositive() ? min(credits, debt.amount()) : Money.ZERO;
            credits = credits.minus(settled);
            if (debt.call() != null) {
                settlements.add(new CallSettlement(debt.call(), settled));
            }
        }
        return settlements;
    }

    /** What has been paid of one of the account's calls ({@link #settlements()}). */
    public CallSettlement settlementOf(long callId) {
        return settlements().stream().filter(s -> s.call().getId() != null && s.call().getId() == callId)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No call " + callId + " in this account"));
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
