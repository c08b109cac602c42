package org.ancrage.api.mediation;

import java.time.LocalDate;
import java.util.List;
import org.ancrage.mediation.Incident;
import org.ancrage.mediation.IncidentKind;
import org.ancrage.mediation.Party;

public record IncidentView(Long id, IncidentKind kind, Long householdId, Long dwellingId, Long landlordId,
        LocalDate occurredOn, String description, List<String> parties, List<ActionView> actions,
        LocalDate resolvedOn, String resolution, long version) {
    public static IncidentView of(Incident i) {
        return new IncidentView(i.getId(), i.getKind(), i.getHouseholdId(), i.getDwellingId(),
                i.getLandlordId(), i.getOccurredOn(), i.getDescription(),
                i.getParties().stream().sorted().map(Party::name).toList(),
                i.getActions().stream().map(ActionView::of).toList(), i.getResolvedOn(), i.getResolution(),
                i.getVersion());
    }
}
