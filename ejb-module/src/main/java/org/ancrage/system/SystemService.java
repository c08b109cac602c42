package org.ancrage.system;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What the readiness check and the console footer need to know about the running system. */
@Stateless
@PermitAll
public class SystemService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private SchemaMigration schemaMigration;

    /** True when the database answers a query through the application's own connection pool. */
    public boolean databaseAnswers() {
        try {
            return ((Number) em.createNativeQuery("select 1").getSingleResult()).intValue() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public String schemaVersion() {
        return schemaMigration.schemaVersion();
    }
}
