package org.ancrage.api.households;

import java.time.LocalDate;
import java.util.List;
import org.ancrage.households.Household;
import org.ancrage.households.Nationality;

public record HouseholdView(Long id, String reference, String name, Long serviceUnitId,
        LocalDate residenceStatusValidUntil, List<MemberView> members, long version, Nationality nationality,
        LocalDate residenceReceiptValidUntil) {
    static HouseholdView of(Household h) {
        return new HouseholdView(h.getId(), h.getReference(), h.getDisplayName(), h.getServiceUnitId(),
                h.getResidenceStatusValidUntil(), h.getMembers().stream().map(MemberView::of).toList(),
                h.getVersion(), h.getNationality(), h.getResidenceReceiptValidUntil());
    }
}
