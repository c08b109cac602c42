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
                .orElseThrow(() -> new NotFoundException("Programme", code));
    }

    /**
     * Adjusts a programme's rules to the association's agreement (3 months here, 6 there).
     * Measures already open keep the periods they were given; the new rules apply from now on.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Programme adjustProgramme(long id, long readVersion, Adjustment adjustment) {
        Programme programme = findProgramme(id).orElseThrow(() -> new NotFoundException("Programme", id));
        ConcurrentEditException.unlessUnchanged("Programme", programme.getVersion(), readVersion);
        programme.rename(adjustment.name(), adjustment.funder());
        programme.periods(adjustment.firstPeriodMonths(), adjustment.maxTotalMonths(),
                adjustment.renewalSteps().toArray(RenewalStep[]::new));
        programme.cadence(adjustment.cadence());
        programme.evaluation(adjustment.evaluationLeadDays(), adjustment.evaluationRequiredBeforeRenewal());
        programme.followUpAfter(adjustment.followUpMonths());
        programme.capacity(adjustment.financedCapacity());
        return programme;
    }

    /** The rules an administrator may set on a programme. */
    public record Adjustment(String name, String funder, Integer firstPeriodMonths, Integer maxTotalMonths,
            List<RenewalStep> renewalSteps, ContactCadence cadence, int evaluationLeadDays,
            boolean evaluationRequiredBeforeRenewal, Integer followUpMonths, Integer financedCapacity) {
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
