package org.ancrage.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.ancrage.security.Roles;

/**
 * The identity batch jobs act under: the container's administrator principal (mapped in
 * glassfish-application.xml, never a user's name), so that the services' own security applies to
 * the jobs' calls as to anyone's, and the audit trail names the job's identity. Joins the chunk's
 * transaction.
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class JobIdentity {

    public <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
