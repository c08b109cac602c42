package org.ancrage.console.system;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.ancrage.system.SystemService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the application is deployed, its schema migrated and its database answering; no versions said. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @EJB
    private SystemService system;

    @Override
    public HealthCheckResponse call() {
        boolean database = system.databaseAnswers();
        return HealthCheckResponse.named("ancrage")
                .status(database)
                .withData("database", database ? "UP" : "DOWN")
                // No version of the application or its schema: /health answers anyone, and a version
                // tells an attacker which weaknesses to try. The console's footer shows it to staff.
                .build();
    }
}
