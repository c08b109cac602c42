package org.ancrage.console.security;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A service refusing the caller's role ({@code @RolesAllowed}) under a console action or page: the
 * refusal is written to the trail ({@link RoleRefusals}) naming the page, and the user lands on the
 * error page saying that their role does not allow it — never a stack trace. Every other exception
 * goes on to PrimeFaces' handler (faces-config.xml).
 */
public class RoleRefusalExceptionHandler extends ExceptionHandlerWrapper {

    /** The error page's parameter saying an action was refused for want of a role. */
    public static final String REFUSED_PAGE = "/error.xhtml?refused=role";

    public RoleRefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            ExceptionQueuedEvent event = events.next();
            if (faces != null && isRoleRefusal(event.getContext().getException())) {
                events.remove();
                refused(faces);
            }
        }
        getWrapped().handle();
    }

    private static void refused(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        String view = faces.getViewRoot() == null ? external.getRequestServletPath() : faces.getViewRoot().getViewId();
        RoleRefusals.record((HttpServletRequest) external.getRequest(),
                "action on " + external.getRequestContextPath() + view);
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            // A redirect works for a full request as for an Ajax one (partial-response redirect).
            external.redirect(external.getRequestContextPath() + REFUSED_PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException committed) {
            // the page was already partly sent when its rendering was refused: it stops there
        }
        faces.responseComplete();
    }

    /** The container says a missing role with one of two exceptions; Faces and EL wrap it. */
    static boolean isRoleRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return true;
            }
        }
        return false;
    }
}
