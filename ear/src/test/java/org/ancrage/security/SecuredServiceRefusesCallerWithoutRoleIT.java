package org.ancrage.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Business methods are closed to callers without the role they name. */
@ExtendWith(ArquillianExtension.class)
class SecuredServiceRefusesCallerWithoutRoleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(SecuredServiceRefusesCallerWithoutRoleIT.class);
    }

    @EJB
    OrganisationService organisation;

    @EJB
    RunAs.Administrator administrator;

    @EJB
    RunAs.SocialWorker socialWorker;

    @EJB
    RunAs.FunderViewer funder;

    @Test
    void anonymousCallerIsRefused() {
        assertThrows(EJBAccessException.class, () -> organisation.listServiceUnits());
    }

    @Test
    void socialWorkerCannotCreateAService() {
        assertThrows(EJBAccessException.class,
                () -> socialWorker.run(() -> organisation.createServiceUnit(new ServiceUnit("SW", "Refusé"))));
    }

    @Test
    void funderViewerCannotListServices() {
        assertThrows(EJBAccessException.class, () -> funder.call(() -> organisation.listServiceUnits()));
    }

    @Test
    void administratorCanCreateAService() throws Exception {
        ServiceUnit created = administrator.call(
                () -> organisation.createServiceUnit(new ServiceUnit("ROLE-OK", "Service Est")));
        assertEquals("Service Est",
                socialWorker.call(() -> organisation.findServiceUnit(created.getId())).orElseThrow().getName());
    }
}
