package org.ancrage.api.mediation;

import java.time.LocalDate;
import org.ancrage.mediation.MediationAction;
import org.ancrage.mediation.Party;

public record ActionView(Long id, LocalDate takenOn, Party party, String description, String takenBy) {
    static ActionView of(MediationAction a) {
        return new ActionView(a.getId(), a.getTakenOn(), a.getParty(), a.getDescription(), a.getTakenBy());
    }
}
