package org.ancrage.api.measures;

import java.time.LocalDate;
import org.ancrage.measures.Period;
import org.ancrage.measures.PeriodKind;

public record PeriodView(int number, PeriodKind kind, LocalDate start, LocalDate end, String derogationGrantedBy,
        LocalDate derogationGrantedOn, String derogationReference, String derogationRecordedBy) {
    static PeriodView of(Period p) {
        var d = p.getDerogation();
        return new PeriodView(p.getNumber(), p.getKind(), p.getStart(), p.getEnd(),
                d == null ? null : d.grantedBy(), d == null ? null : d.grantedOn(), d == null ? null : d.reference(),
                d == null ? null : d.recordedBy());
    }
}
