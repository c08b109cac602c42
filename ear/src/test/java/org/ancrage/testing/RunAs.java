package org.ancrage.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Runs test code under one role, as a member of staff with that role would (EJB {@code @RunAs};
 * the run-as principals are mapped in glassfish-application.xml). No transaction of its own: each
 * service call inside gets its own, as from the console, and a refusal arrives as thrown.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class RunAs {

    @PermitAll
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(ThrowingRunnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Stateless
    @jakarta.annotation.security.RunAs("administrator")
    public static class Administrator extends RunAs {
    }

    @Stateless
    @jakarta.annotation.security.RunAs("director")
    public static class Director extends RunAs {
    }

    @Stateless
    @jakarta.annotation.security.RunAs("coordinator")
    public static class Coordinator extends RunAs {
    }

    @Stateless
    @jakarta.annotation.security.RunAs("social-worker")
    public static class SocialWorker extends RunAs {
    }

    @Stateless
    @jakarta.annotation.security.RunAs("rental-manager")
    public static class RentalManager extends RunAs {
    }

    @Stateless
    @jakarta.annotation.security.RunAs("funder-viewer")
    public static class FunderViewer extends RunAs {
    }
}
