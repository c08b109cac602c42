package org.ancrage.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.programmes.ContactCadence;
import org.ancrage.programmes.Programme;

/**
 * What the reminders need to know of one measure on the day they run, read in one query for
 * thousands of measures at a time; {@link #deadlines} applies the programme's rules to it.
 *
 * @param periodNumber number of the current period, null if the measure has none (a bad record)
 * @param periodEnd end of the current period, null if it is open-ended
 * @param evaluated whether the current period has its evaluation
 * @param lastContact the latest contact of a type the programme's cadence counts
 * @param insuredUntil for a household in a dwelling, its latest insurance expiry, or the day it moved in if it
 *     never gave a certificate
 */
public record MeasureWatch(long measureId, long householdId, long serviceUnitId, long referentId, long programmeId,
        boolean open, LocalDate start, Integer periodNumber, LocalDate periodEnd, boolean evaluated, LocalDate lastContact,
        LocalDate followUpDue, boolean housed, LocalDate insuredUntil, boolean followUpDone) {

    /** Follow-up visits further back than this are history, not reminders. */
    private static final int FOLLOW_UP_HORIZON_DAYS = 90;

    /** The deadlines of this measure that are noticeable on {@code today}. */
    public List<Deadline> deadlines(Programme programme, LocalDate today) {
        return standingDeadlines(programme, today).stream().filter(d -> d.isNoticeable(today)).toList();
    }

    /**
     * Every deadline this measure still has on {@code today}, noticeable yet or not: an alert raised
     * for a deadline not among them has lost its cause (bilan written, contact logged, period
     * renewed, follow-up visit logged) and is resolved.
     */
    public List<Deadline> standingDeadlines(Programme programme, LocalDate today) {
        if (programme == null) {
            throw new UnwatchableMeasure(measureId, "its programme is unknown");
        }
        List<Deadline> deadlines = new ArrayList<>();
        if (open) {
            if (periodNumber == null) {
                throw new UnwatchableMeasure(measureId, "an open measure without any period");
            }
            if (periodEnd != null) {
                if (!evaluated
                        && (programme.getEvaluationLeadDays() > 0 || programme.isEvaluationRequiredBeforeRenewal())) {
                    deadlines.add(deadline(AlertKind.EVALUATION_DUE, programme.evaluationDue(periodEnd)));
                }
                deadlines.add(deadline(AlertKind.PERIOD_ENDING, periodEnd));
            }
            programme.latestEnd(start).ifPresent(end -> deadlines.add(deadline(AlertKind.MAXIMUM_DURATION, end)));
            ContactCadence cadence = programme.getCadence();
            if (cadence != null && cadence.isSet()) {
                LocalDate since = lastContact == null ? start : lastContact;
                deadlines.add(deadline(AlertKind.CONTACT_LATE,
                        since.plusDays(Math.max(1, cadence.perDays() / cadence.contacts()))));
            }
            if (housed && insuredUntil != null) {
                deadlines.add(deadline(AlertKind.INSURANCE_EXPIRING, insuredUntil));
            }
            if (!evaluated) {
                programme.diagnosticReportDue(start)
                        .ifPresent(due -> deadlines.add(deadline(AlertKind.DIAGNOSTIC_REPORT_DUE, due)));
            }
        } else if (followUpDue != null && !followUpDone
                && !followUpDue.isBefore(today.minusDays(FOLLOW_UP_HORIZON_DAYS))) {
            deadlines.add(deadline(AlertKind.FOLLOW_UP_DUE, followUpDue));
        }
        return deadlines;
    }

    private Deadline deadline(AlertKind kind, LocalDate due) {
        return new Deadline(kind, measureId, householdId, serviceUnitId, referentId, due);
    }
}
