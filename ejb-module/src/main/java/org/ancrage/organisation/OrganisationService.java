package org.ancrage.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.ancrage.security.Roles;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;

/** The association and its services: read by everyone on staff, managed by administrators. */
@Stateless
public class OrganisationService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public List<ServiceUnit> listServiceUnits() {
        return em.createQuery("select s from ServiceUnit s order by s.name", ServiceUnit.class).getResultList();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public Optional<ServiceUnit> findServiceUnit(long id) {
        return Optional.ofNullable(em.find(ServiceUnit.class, id));
    }

    /** Creates a service; its code must not be used by another one (any case). */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ServiceUnit createServiceUnit(ServiceUnit unit) {
        boolean taken = !em.createQuery("select s.id from ServiceUnit s where upper(s.code) = upper(:code)", Long.class)
                .setParameter("code", unit.getCode()).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new ServiceUnitRefused("serviceUnit.codeTaken", unit.getCode());
        }
        em.persist(unit);
        return unit;
    }

    /**
     * Renames a service, provided nobody changed it since the caller read {@code readVersion}.
     *
     * @throws ConcurrentEditException when someone else saved it in between
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ServiceUnit renameServiceUnit(long id, long readVersion, String newName) {
        ServiceUnit unit = Entities.require(em, ServiceUnit.class, id);
        ConcurrentEditException.unlessUnchanged(ServiceUnit.class, unit.getVersion(), readVersion);
        unit.rename(newName);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(ServiceUnit.class);
        }
        return unit;
    }

    /** The association as its papers name it; empty until an administrator first sets it. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public Optional<Association> association() {
        return Optional.ofNullable(em.find(Association.class, Association.THE_ONE));
    }

    /**
     * Sets the association's name, address, SIRET and signatory, on the version the page read
     * ({@code readVersion}; null when it showed none yet): a change made meanwhile is refused.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Association describeAssociation(Long readVersion, String name, String address, String siret,
            String signatory) {
        Association association = em.find(Association.class, Association.THE_ONE);
        if (association == null) {
            if (readVersion != null) {
                throw new ConcurrentEditException(Association.class);
            }
            association = new Association(name, address, siret, signatory);
            em.persist(association);
            try {
                em.flush();
            } catch (PersistenceException e) { // another administrator set it first
                throw new ConcurrentEditException(Association.class);
            }
            return association;
        }
        ConcurrentEditException.unlessUnchanged(Association.class, association.getVersion(),
                readVersion == null ? -1 : readVersion);
        association.change(name, address, siret, signatory);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Association.class);
        }
        return association;
    }

    /**
     * Sets the logo every paper bears (null or empty: none), on the version the page read: a change
     * made meanwhile is refused.
     *
     * @throws AssociationRefused before the association is described, or an image that is not a PNG
     *         or a JPEG, or too large
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Association showLogo(long readVersion, byte[] image) {
        Association association = em.find(Association.class, Association.THE_ONE);
        if (association == null) {
            throw new AssociationRefused("association.logo.describeFirst");
        }
        ConcurrentEditException.unlessUnchanged(Association.class, association.getVersion(), readVersion);
        association.showLogo(image);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Association.class);
        }
        return association;
    }
}
