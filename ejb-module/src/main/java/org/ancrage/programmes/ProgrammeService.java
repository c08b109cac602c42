package org.ancrage.programmes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ancrage.security.Roles;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.ancrage.system.NotFoundException;

/** The programme catalogue: read by all staff and funders, set up by administrators. */
@Stateless
public class ProgrammeService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
        Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER})
    public List<Programme> listProgrammes() {
        return em.createQuery("select p from Programme p order by p.name", Programme.class).getResultList();
    }

    /** The funders of the programmes, as the programmes name them, for choosing one. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
        Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER})
    public List<String> funders() {
        return em.createQuery("select distinct p.funder from Programme p order by p.funder", String.class)
                .getResultList();
    }

    /** Each programme's name by id, for lists and reports that show other records. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
        Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER})
    public Map<Long, String> programmeNames() {
        Map<Long, String> names = new HashMap<>();
        listProgrammes().forEach(p -> names.put(p.getId(), p.getName()));
        return names;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
        Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER})
    public Optional<Programme> findProgramme(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
        Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER})
    public Programme getProgrammeByCode(String code) {
        return em.createQuery("select p from Programme p where p.code = :code", Programme.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(Programme.class, code));
    }

    /**
     * Adjusts a programme's rules to the association's agreement (3 months here, 6 there).
     * Measures already open keep the periods they were given; the new rules apply from now on.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Programme adjustProgramme(long id, long readVersion, Adjustment adjustment) {
        Programme programme = Entities.require(em, Programme.class, id);
        ConcurrentEditException.unlessUnchanged(Programme.class, programme.getVersion(), readVersion);
        return apply(programme, adjustment);
    }

    /** The same checks for a new programme and for an edit: the programme refuses what does not hold. */
    private static Programme apply(Programme programme, Adjustment adjustment) {
        programme.rename(adjustment.name(), adjustment.funder());
        if (adjustment.form() == ProgrammeForm.SUPPORT) {
            programme.form(ProgrammeForm.SUPPORT, null);
        }
        programme.periods(adjustment.firstPeriodMonths(), adjustment.maxTotalMonths(),
                (adjustment.renewalSteps() == null ? List.<RenewalStep>of() : adjustment.renewalSteps())
                        .toArray(RenewalStep[]::new));
        programme.requireReachableRenewals();
        if (adjustment.form() == ProgrammeForm.DIAGNOSTIC) {
            programme.form(ProgrammeForm.DIAGNOSTIC, adjustment.diagnosticReportDays());
        }
        programme.cadence(adjustment.cadence() == null ? ContactCadence.none() : adjustment.cadence());
        programme.evaluation(adjustment.evaluationLeadDays(), adjustment.evaluationRequiredBeforeRenewal());
        programme.followUpAfter(adjustment.followUpMonths());
        programme.capacity(adjustment.financedCapacity());
        if (adjustment.residenceStatusRequired() != null || adjustment.housingIncluded() != null
                || adjustment.eligibilityNotes() != null) {
            programme.eligibility(
                    adjustment.residenceStatusRequired() == null ? programme.isResidenceStatusRequired()
                            : adjustment.residenceStatusRequired(),
                    adjustment.housingIncluded() == null ? programme.isHousingIncluded() : adjustment.housingIncluded(),
                    adjustment.eligibilityNotes() == null ? programme.getEligibilityNotes()
                            : adjustment.eligibilityNotes().isBlank() ? null : adjustment.eligibilityNotes());
        }
        return programme;
    }

    /**
     * Creates an association's own programme from scratch: a code no other programme has, and rules
     * checked as for an edit.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Programme createProgramme(String code, ProgrammeKind kind, Adjustment rules) {
        String newCode = requireFreeCode(code);
        if (kind == null) {
            throw new ProgrammeRefused("programme.kindRequired");
        }
        Programme programme = apply(new Programme(newCode, rules.name(), rules.funder(), kind), rules);
        em.persist(programme);
        return programme;
    }

    /** Creates a programme as a copy of another one (a template, usually), under a new code and name. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Programme copyProgramme(long sourceId, String code, String name) {
        Programme source = Entities.require(em, Programme.class, sourceId);
        String newCode = requireFreeCode(code);
        if (name == null || name.isBlank()) {
            throw new ProgrammeRefused("programme.nameAndFunderRequired");
        }
        Programme copy = source.copyAs(newCode, name.strip());
        em.persist(copy);
        return copy;
    }

    /** Hides a template the association does not run (or shows it again): lists of choice leave it out. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Programme hideProgramme(long id, long readVersion, boolean hidden) {
        Programme programme = Entities.require(em, Programme.class, id);
        ConcurrentEditException.unlessUnchanged(Programme.class, programme.getVersion(), readVersion);
        programme.hidden(hidden);
        return programme;
    }

    /** The programmes the association runs (not hidden), for the lists where one is chosen. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
        Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER})
    public List<Programme> programmesRun() {
        return em.createQuery("select p from Programme p where p.hidden = false order by p.name", Programme.class)
                .getResultList();
    }

    private String requireFreeCode(String code) {
        if (code == null || code.isBlank()) {
            throw new ProgrammeRefused("programme.code.required");
        }
        String stripped = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (stripped.length() > Programme.CODE_LENGTH || !stripped.matches("[A-Z0-9][A-Z0-9_-]*")) {
            throw new ProgrammeRefused("programme.code.invalid", Programme.CODE_LENGTH);
        }
        boolean taken = !em.createQuery("select p.id from Programme p where upper(p.code) = :code", Long.class)
                .setParameter("code", stripped).getResultList().isEmpty();
        if (taken) {
            throw new ProgrammeRefused("programme.code.taken", stripped);
        }
        return stripped;
    }

    /**
     * The rules an administrator may set on a programme. The eligibility fields and the form left
     * null keep what the programme has.
     */
    public record Adjustment(String name, String funder, Integer firstPeriodMonths, Integer maxTotalMonths,
            List<RenewalStep> renewalSteps, ContactCadence cadence, int evaluationLeadDays,
            boolean evaluationRequiredBeforeRenewal, Integer followUpMonths, Integer financedCapacity,
            Boolean residenceStatusRequired, Boolean housingIncluded, String eligibilityNotes, ProgrammeForm form,
            Integer diagnosticReportDays) {

        public Adjustment(String name, String funder, Integer firstPeriodMonths, Integer maxTotalMonths,
                List<RenewalStep> renewalSteps, ContactCadence cadence, int evaluationLeadDays,
                boolean evaluationRequiredBeforeRenewal, Integer followUpMonths, Integer financedCapacity) {
            this(name, funder, firstPeriodMonths, maxTotalMonths, renewalSteps, cadence, evaluationLeadDays,
                    evaluationRequiredBeforeRenewal, followUpMonths, financedCapacity, null, null, null, null, null);
        }
    }

    /** Installs the templates not installed yet (by code); running it again changes nothing. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public int installTemplates() {
        int installed = 0;
        for (Programme template : ProgrammeTemplates.all()) {
            boolean present = !em.createQuery("select p.id from Programme p where p.code = :code", Long.class)
                    .setParameter("code", template.getCode()).getResultList().isEmpty();
            if (!present) {
                em.persist(template);
                installed++;
            }
        }
        return installed;
    }
}
