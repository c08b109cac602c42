package org.ancrage.rent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ancrage.money.Money;

/**
 * An occupancy's rent account: calls owed and payments received. Payments settle the oldest calls
 * first, which is how the unpaid remainder gets its age.
 */
public final class RentAccount {

    /** One line of the statement; the balance is what the household owes after it (negative: in credit). */
    public record Line(LocalDate date, String label, Money debit, Money credit, Money balance, Long callId,
            Long paymentId) {
    }

    private final List<RentCall> calls;
    private final List<Payment> payments;

    public RentAccount(List<RentCall> calls, List<Payment> payments) {
        this.calls = calls.stream().sorted(Comparator.comparing(RentCall::getDueDate)).toList();
        this.payments = payments.stream().sorted(Comparator.comparing(Payment::getPaidOn)
                .thenComparing(Payment::getRecordedAt)).toList();
    }

    /** Calls and payments by date (a call before a payment of the same day) with the running balance. */
    public List<Line> statement() {
        List<Line> lines = new ArrayList<>();
        int c = 0;
        int p = 0;
        Money balance = Money.ZERO;
        while (c < calls.size() || p < payments.size()) {
            boolean callNext = p >= payments.size()
                    || c < calls.size() && !calls.get(c).getDueDate().isAfter(payments.get(p).getPaidOn());
            if (callNext) {
                RentCall call = calls.get(c++);
                balance = balance.plus(call.getAmountDue());
                lines.add(new Line(call.getDueDate(), call.getMonth().toString(), call.getAmountDue(), Money.ZERO,
                        balance, call.getId(), null));
            } else {
                Payment payment = payments.get(p++);
                balance = balance.minus(payment.getAmount());
                lines.add(new Line(payment.getPaidOn(), payment.getPayer().name(), Money.ZERO, payment.getAmount(),
                        balance, null, payment.getId()));
            }
        }
        return lines;
    }

    /** What the household owes today for every call issued (negative: in credit). */
    public Money balance() {
        Money due = calls.stream().map(RentCall::getAmountDue).reduce(Money.ZERO, Money::plus);
        return due.minus(payments.stream().map(Payment::getAmount).reduce(Money.ZERO, Money::plus));
    }

    /** Calls due by {@code asOf} and not covered by the payments received by then, by age. */
    public Arrears arrearsOn(LocalDate asOf) {
        Money paid = payments.stream().filter(pay -> !pay.getPaidOn().isAfter(asOf)).map(Payment::getAmount)
                .reduce(Money.ZERO, Money::plus);
        Map<ArrearsAge, Money> byAge = new EnumMap<>(ArrearsAge.class);
        Money total = Money.ZERO;
        LocalDate oldest = null;
        for (RentCall call : calls) {
            if (call.getDueDate().isAfter(asOf)) {
                break;
            }
            Money settled = min(paid, call.getAmountDue());
            paid = paid.minus(settled);
            Money unpaid = call.getAmountDue().minus(settled);
            if (unpaid.isPositive()) {
                ArrearsAge age = ArrearsAge.of(ChronoUnit.DAYS.between(call.getDueDate(), asOf));
                byAge.merge(age, unpaid, Money::plus);
                total = total.plus(unpaid);
                oldest = oldest == null ? call.getDueDate() : oldest;
            }
        }
        return new Arrears(asOf, total, byAge, oldest);
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
