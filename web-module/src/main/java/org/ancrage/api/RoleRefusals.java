package org.ancrage.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ancrage.privacy.AuditService;

/**
 * A call the container refused for want of a role ({@code @RolesAllowed}) is written to the audit
 * trail as need to know's refusals are: who, when, which request.
 */
final class RoleRefusals {

    private static final Logger LOG = Logger.getLogger(RoleRefusals.class.getName());

    private RoleRefusals() {
    }

    private static final String RECORDED = RoleRefusals.class.getName();

    /** Records the refusal once per request (the error may be mapped more than once on its way out). */
    static void record(Request request, UriInfo uri, jakarta.servlet.http.HttpServletRequest servletRequest) {
        if (servletRequest != null) {
            if (servletRequest.getAttribute(RECORDED) != null) {
                return;
            }
            servletRequest.setAttribute(RECORDED, Boolean.TRUE);
        }
        try {
            String path = uri == null ? "?" : "/" + uri.getPath();
            String what = (request == null ? "" : request.getMethod() + " ") + "/api" + path;
            CDI.current().select(AuditService.class).get()
                    .recordRoleRefusal(what.length() > 500 ? what.substring(0, 500) : what);
        } catch (RuntimeException e) {
            // The refusal stands whatever happens to its record.
            LOG.log(Level.WARNING, "A role refusal could not be written to the audit trail", e);
        }
    }
}
