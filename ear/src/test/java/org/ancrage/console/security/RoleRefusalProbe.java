package org.ancrage.console.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.ancrage.privacy.AuditService;

/**
 * For the test only: a button that a page shows to someone its service refuses — a mistake the
 * role refusals must survive (recorded, said without a stack trace). It searches the audit trail,
 * which only administrators may.
 */
@Named
@RequestScoped
public class RoleRefusalProbe {

    @EJB
    private AuditService audit;

    public void searchTheTrail() {
        audit.search(null, null, null, null, null, null, 0, 1);
    }
}
