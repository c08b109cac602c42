package org.ancrage.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.households.Household;
import org.ancrage.programmes.Programme;

/**
 * Whether a household may be admitted to a programme on a day, and why not: each reason is a
 * message key. Blocking reasons stop an admission; warnings (the programme is full) are shown.
 */
public record Eligibility(List<String> blocking, List<String> warnings) {

    public static Eligibility of(Household household, Programme programme, LocalDate on, long placesTaken) {
        List<String> blocking = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!programme.isActive()) {
            blocking.add("referral.eligibility.programmeInactive");
        }
        if (programme.isResidenceStatusRequired()) {
            household.residenceStatus().refusalOn(on).ifPresent(blocking::add);
        }
        if (programme.getFinancedCapacity() != null && placesTaken >= programme.getFinancedCapacity()) {
            warnings.add("referral.eligibility.atCapacity");
        }
        return new Eligibility(List.copyOf(blocking), List.copyOf(warnings));
    }

    public boolean eligible() {
        return blocking.isEmpty();
    }
}
