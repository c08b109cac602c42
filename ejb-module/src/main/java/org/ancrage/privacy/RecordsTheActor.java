package org.ancrage.privacy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;

/**
 * Default interceptor of every EJB of this module (META-INF/ejb-jar.xml): on the first business
 * call of a transaction, notes who acts, for {@link AuditTrail} to name at commit.
 */
public class RecordsTheActor {

    @Resource
    private TransactionSynchronizationRegistry tsr;

    @Resource
    private EJBContext context;

    @AroundInvoke
    public Object noteTheActor(InvocationContext invocation) throws Exception {
        AuditActor.note(tsr, caller());
        return invocation.proceed();
    }

    private String caller() {
        try {
            Principal principal = context.getCallerPrincipal();
            return principal == null || "ANONYMOUS".equals(principal.getName()) ? null : principal.getName();
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
