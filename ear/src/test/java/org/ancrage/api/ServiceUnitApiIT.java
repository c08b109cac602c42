package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API from outside: Basic authentication, roles, field-level errors, conflicts, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceUnitApiIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient WORKER = ApiClient.as("travailleur", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ServiceUnitApiIT.class);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void withoutCredentialsTheAnswerIsAChallengeNotALoginPage() throws Exception {
        HttpResponse<String> response = ApiClient.anonymous().get("/ancrage/api/service-units");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, ApiClient.as("travailleur", "faux").get("/ancrage/api/service-units").statusCode());
    }

    @Test
    void staffListServicesButAFunderCannot() throws Exception {
        HttpResponse<String> list = WORKER.get("/ancrage/api/service-units");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"code\":\"NORD\""), list.body());

        HttpResponse<String> refused = ApiClient.as("financeur", DemoData.PASSWORD).get("/ancrage/api/service-units");
        assertEquals(403, refused.statusCode());
        assertEquals("Votre rôle ne permet pas cette opération.", json(refused).getString("message"));
    }

    @Test
    void invalidValuesAreNamedFieldByFieldAndNothingIsStored() throws Exception {
        HttpResponse<String> response = ADMIN.post("/ancrage/api/service-units",
                "{\"code\":\"pas un code <script>\",\"name\":\"\"}");
        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = json(response);
        assertEquals("validation", error.getString("error"));
        assertEquals(2, error.getJsonArray("fields").size(), response.body());
        assertEquals("code", error.getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals("name", error.getJsonArray("fields").getJsonObject(1).getString("field"));
        assertFalse(ADMIN.get("/ancrage/api/service-units").body().contains("script"));
    }

    @Test
    void malformedJsonIsA400NotA500() throws Exception {
        HttpResponse<String> response = ADMIN.post("/ancrage/api/service-units", "{\"code\": ");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("malformed", json(response).getString("error"));
    }

    @Test
    void aStaleVersionIsA409AndTheOtherEditStays() throws Exception {
        HttpResponse<String> created = ADMIN.post("/ancrage/api/service-units",
                "{\"code\":\"API-409\",\"name\":\"Service API\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        long version = json(created).getJsonNumber("version").longValue();

        assertEquals(200, ADMIN.put("/ancrage/api/service-units/" + id,
                "{\"name\":\"Premier\",\"version\":" + version + "}").statusCode());
        HttpResponse<String> stale = ADMIN.put("/ancrage/api/service-units/" + id,
                "{\"name\":\"Second\",\"version\":" + version + "}");

        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(json(stale).getString("message").contains("modifié par quelqu’un d’autre"));
        assertEquals("Premier", json(ADMIN.get("/ancrage/api/service-units/" + id)).getString("name"));
    }

    @Test
    void aSocialWorkerCannotCreateAService() throws Exception {
        HttpResponse<String> response = WORKER.post("/ancrage/api/service-units", "{\"code\":\"NON\",\"name\":\"Non\"}");
        assertEquals(403, response.statusCode(), response.body());
    }

    @Test
    void unknownRecordIsA404InJson() throws Exception {
        HttpResponse<String> response = WORKER.get("/ancrage/api/service-units/987654321");
        assertEquals(404, response.statusCode());
        assertEquals("not-found", json(response).getString("error"));
    }

    @Test
    void errorsFollowAcceptLanguage() throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(ApiClient.url("/ancrage/api/service-units/1")))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                ("financeur:" + DemoData.PASSWORD).getBytes()))
                        .header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertEquals("Your role does not allow this operation.", json(response).getString("message"));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> response = ApiClient.anonymous().get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("service-units"), response.body());
    }
}
