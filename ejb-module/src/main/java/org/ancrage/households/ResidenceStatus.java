package org.ancrage.households;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The residence status of a head of household and whether it is valid on a day: French and
 * EU/EEA/Swiss nationals need no permit; a third-country national holds a permit valid until a day,
 * or the receipt of a renewal request (récépissé) valid until a day, which counts as valid. When
 * the nationality is not known, a permit is asked for, as before the category was recorded.
 *
 * @param nationality null when not recorded
 * @param permitValidUntil the last day the residence permit is valid, if one is held
 * @param receiptValidUntil the last day the récépissé of a renewal request is valid, if one is held
 */
public record ResidenceStatus(Nationality nationality, LocalDate permitValidUntil, LocalDate receiptValidUntil)
        implements Serializable {

    /** Whether the status is valid on {@code date}. */
    public boolean validOn(LocalDate date) {
        return refusalOn(date).isEmpty();
    }

    /**
     * Why the status is not valid on {@code date}, as a message key: none recorded
     * ({@code referral.eligibility.residenceStatusMissing}) or expired
     * ({@code referral.eligibility.residenceStatusExpired}); empty when it is valid.
     */
    public Optional<String> refusalOn(LocalDate date) {
        if (nationality != null && !nationality.needsPermit()) {
            return Optional.empty();
        }
        if (coversDay(permitValidUntil, date) || coversDay(receiptValidUntil, date)) {
            return Optional.empty();
        }
        return Optional.of(permitValidUntil == null && receiptValidUntil == null
                ? "referral.eligibility.residenceStatusMissing"
                : "referral.eligibility.residenceStatusExpired");
    }

    private static boolean coversDay(LocalDate validUntil, LocalDate date) {
        return validUntil != null && !validUntil.isBefore(date);
    }
}
