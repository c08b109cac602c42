package org.ancrage.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two people edit the same service: the second is told, and the first one's change stays. */
@ExtendWith(ArquillianExtension.class)
class ConcurrentEditIsRefusedIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(ConcurrentEditIsRefusedIT.class);
    }

    @EJB
    OrganisationService organisation;

    @EJB
    RunAs.Administrator administrator;

    @Test
    void secondEditOnAStaleVersionIsRefused() throws Exception {
        ServiceUnit created = administrator.call(
                () -> organisation.createServiceUnit(new ServiceUnit("CONFLICT", "Service Ouest")));
        long id = created.getId();
        // Both read the same version.
        ServiceUnit readByAlice = administrator.call(() -> organisation.findServiceUnit(id)).orElseThrow();
        ServiceUnit readByBob = administrator.call(() -> organisation.findServiceUnit(id)).orElseThrow();

        administrator.run(() -> organisation.renameServiceUnit(id, readByAlice.getVersion(), "Service Ouest (Alice)"));
        ConcurrentEditException refused = assertThrows(ConcurrentEditException.class, () -> administrator.run(
                () -> organisation.renameServiceUnit(id, readByBob.getVersion(), "Service Ouest (Bob)")));

        assertEquals("edit.conflict", refused.messageKey());
        assertEquals("Service Ouest (Alice)",
                administrator.call(() -> organisation.findServiceUnit(id)).orElseThrow().getName());
    }
}
