package org.ancrage.console.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ancrage.privacy.AuditService;

/**
 * The console's one place for refusals for want of a role: a page under a role constraint
 * ({@link RefusedPages}) or an action whose service refused the caller's role
 * ({@link RoleRefusalExceptionHandler}). Each is written to the audit trail as the API's are —
 * who, when, which page or action — once per request.
 */
public final class RoleRefusals {

    private static final Logger LOG = Logger.getLogger(RoleRefusals.class.getName());

    private static final String RECORDED = RoleRefusals.class.getName();

    /** The longest description kept; a crafted URL is not stored whole. */
    private static final int MAX = 500;

    private RoleRefusals() {
    }

    /** Records {@code what} (e.g. {@code page /ancrage/app/admin/accounts.xhtml}) refused to the caller of {@code request}. */
    public static void record(HttpServletRequest request, String what) {
        if (request.getUserPrincipal() == null || request.getAttribute(RECORDED) != null) {
            return; // nobody logged in: the login page, not a refusal; or already written for this request
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        try {
            CDI.current().select(AuditService.class).get()
                    .recordRoleRefusal(what.length() > MAX ? what.substring(0, MAX) : what);
        } catch (RuntimeException e) {
            // The refusal stands whatever happens to its record.
            LOG.log(Level.WARNING, "A console role refusal could not be written to the audit trail", e);
        }
    }
}
