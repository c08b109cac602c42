package org.ancrage.programmes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ancrage.security.Roles;
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
