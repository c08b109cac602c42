package org.ancrage.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole EAR deploys on Payara, migrates its schema and says it is ready. */
@ExtendWith(ArquillianExtension.class)
class ApplicationIsReadyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(ApplicationIsReadyIT.class);
    }

    @EJB
    SystemService system;

    @Test
    void databaseAnswersAndSchemaIsMigrated() {
        assertTrue(system.databaseAnswers());
        assertTrue(system.schemaVersion() != null && !system.schemaVersion().isBlank(),
                "schema version " + system.schemaVersion());
    }

    @Test
    void readinessEndpointSaysUp() throws Exception {
        String port = System.getProperty("ancrage.httpPort", "28080");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"ancrage\""), response.body());
    }

    @Test
    void loginPageIsServedInFrench() throws Exception {
        String port = System.getProperty("ancrage.httpPort", "28080");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ancrage/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Connexion à Ancrage"), response.body());
    }
}
