package org.ancrage.api.programmes;

import java.util.List;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeForm;
import org.ancrage.programmes.ProgrammeKind;
import org.ancrage.programmes.RenewalStep;

public record ProgrammeView(Long id, String code, String name, String funder, ProgrammeKind kind,
        Integer firstPeriodMonths, List<ProgrammeResource.Step> renewals, Integer maxTotalMonths, Integer cadenceContacts,
        Integer cadencePerDays, List<String> cadenceTypes, int evaluationLeadDays, Integer followUpMonths,
        Integer financedCapacity, boolean residenceStatusRequired, boolean active, long version,
        boolean evaluationRequiredBeforeRenewal, boolean housingIncluded, String eligibilityNotes, ProgrammeForm form,
        Integer diagnosticReportDays, boolean hidden) {

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.getId(), p.getCode(), p.getName(), p.getFunder(), p.getKind(),
                p.getFirstPeriodMonths(),
                p.getRenewalSteps().stream().map(ProgrammeView::step).toList(), p.getMaxTotalMonths(),
                p.getCadence().isSet() ? p.getCadence().contacts() : null,
                p.getCadence().isSet() ? p.getCadence().perDays() : null,
                p.getCadence().countedTypes().stream().map(Enum::name).sorted().toList(),
                p.getEvaluationLeadDays(), p.getFollowUpMonths(), p.getFinancedCapacity(),
                p.isResidenceStatusRequired(), p.isActive(), p.getVersion(),
                p.isEvaluationRequiredBeforeRenewal(), p.isHousingIncluded(), p.getEligibilityNotes(),
                p.getForm(), p.getDiagnosticReportDays(), p.isHidden());
    }

    private static ProgrammeResource.Step step(RenewalStep s) {
        return new ProgrammeResource.Step(s.months(), s.derogationRequired(), s.derogationAuthority());
    }
}
