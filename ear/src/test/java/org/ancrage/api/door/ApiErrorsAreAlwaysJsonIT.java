package org.ancrage.api.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever goes wrong on the API is said in JSON — {@code {"status", "error", "message"}} in the
 * caller's language — never an empty body or the server's HTML page: no or bad credentials, a
 * malformed {@code Authorization} header, an unknown path, a wrong method, a body that is not JSON.
 * API answers are never cached; the security headers are on the 302, 401 and 403 too; no page
 * names the server; {@code /health} tells no version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiErrorsAreAlwaysJsonIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ApiErrorsAreAlwaysJsonIT.class);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String language,
            String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ApiClient.url(path))).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void isJsonError(HttpResponse<String> answer, int status) {
        String what = answer.request().method() + " " + answer.uri() + " -> " + answer.statusCode() + " "
                + answer.body();
        assertEquals(status, answer.statusCode(), what);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        jakarta.json.JsonObject error = jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))
                .readObject();
        assertEquals(status, error.getInt("status"), what);
        assertFalse(error.getString("error").isBlank(), what);
        assertFalse(error.getString("message").isBlank(), what);
        assertFalse(answer.body().matches("(?is).*(payara|glassfish|<html).*"), what);
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), what);
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), what);
    }

    @Test
    void authenticationFailuresAreJsonInTheCallersLanguage() throws Exception {
        HttpResponse<String> none = send("GET", "/ancrage/api/households", null, null, null, null);
        isJsonError(none, 401);
        assertTrue(none.body().contains("Authentification requise"), none.body());
        List<String> challenges = none.headers().allValues("WWW-Authenticate");
        assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Basic")), challenges.toString());
        assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Bearer")), challenges.toString());

        HttpResponse<String> english = send("GET", "/ancrage/api/households", null, "en", null, null);
        isJsonError(english, 401);
        assertTrue(english.body().contains("Authentication required"), english.body());

        isJsonError(send("GET", "/ancrage/api/households", basic("coordinatrice", "faux"), null, null, null), 401);
        isJsonError(send("GET", "/ancrage/api/households", basic("personne-inconnue", "faux"), null, null, null), 401);
        for (String malformed : List.of("Basic", "Basic !!!pas-du-base64", "Basic " + Base64.getEncoder()
                .encodeToString("sans-deux-points".getBytes(StandardCharsets.UTF_8)), "Bearer", "Bearer nimporte",
                "Digest x", "n'importe quoi")) {
            isJsonError(send("GET", "/ancrage/api/households", malformed, null, null, null), 401);
        }
        isJsonError(send("GET", "/ancrage/api/households", "Basic x", "fr;q=abc", null, null), 401);
    }

    @Test
    void errorsPastAuthenticationAreJsonToo() throws Exception {
        String admin = basic("administration", DemoData.PASSWORD);
        isJsonError(send("GET", "/ancrage/api/no-such-thing", admin, null, null, null), 404);
        isJsonError(send("GET", "/ancrage/api/no/such/thing/at/all", admin, null, null, null), 404);
        isJsonError(send("GET", "/ancrage/API/households", admin, null, null, null), 404);
        isJsonError(send("DELETE", "/ancrage/api/service-units", admin, null, null, null), 405);
        isJsonError(send("PUT", "/ancrage/api/service-units", admin, null, "application/json", "{}"), 405);
        HttpResponse<String> plain = send("POST", "/ancrage/api/service-units", admin, "en", "text/plain", "{}");
        isJsonError(plain, 415);
        assertTrue(plain.body().contains("JSON"), plain.body());
        isJsonError(send("POST", "/ancrage/api/service-units", admin, null, null, "{}"), 415);
        isJsonError(send("GET", "/ancrage/api/households/pas-un-nombre", admin, null, null, null), 404);
        HttpResponse<String> forbidden = send("GET", "/ancrage/api/households/1", basic("financeur", DemoData.PASSWORD),
                null, null, null);
        isJsonError(forbidden, 403);
    }

    @Test
    void successfulApiAnswersAreNotCached() throws Exception {
        HttpResponse<String> ok = send("GET", "/ancrage/api/service-units", basic("administration", DemoData.PASSWORD),
                null, null, null);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("no-store", ok.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void redirectsAndErrorPagesCarryTheSecurityHeadersAndNoBanner() throws Exception {
        HttpResponse<String> redirect = send("GET", "/ancrage/app/home.xhtml", null, null, null, null);
        assertEquals(302, redirect.statusCode());
        assertEquals("DENY", redirect.headers().firstValue("X-Frame-Options").orElse(""), redirect.headers().map()
                .toString());
        assertTrue(redirect.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(p -> p.contains("frame-ancestors 'none'")), redirect.headers().map().toString());
        assertEquals("nosniff", redirect.headers().firstValue("X-Content-Type-Options").orElse(""));

        for (String path : List.of("/ancrage/no-such-page.xhtml", "/ancrage/no-such-file", "/", "/no-such-app/x")) {
            HttpResponse<String> page = send("GET", path, null, null, null, null);
            assertFalse(page.body().matches("(?is).*(payara|glassfish|grizzly|badassfish).*"), path + " -> "
                    + page.statusCode() + " " + page.body());
            assertTrue(page.headers().firstValue("Server").isEmpty()
                    || !page.headers().firstValue("Server").get().matches("(?i).*(payara|glassfish).*"), path);
        }
        HttpResponse<String> method = send("DELETE", "/ancrage/login.xhtml", null, null, null, null);
        assertFalse(method.body().matches("(?is).*(payara|glassfish|badassfish).*"), method.statusCode() + " "
                + method.body());
    }

    @Test
    void healthTellsNoVersionToTheAnonymous() throws Exception {
        HttpResponse<String> health = send("GET", "/health", null, null, null, null);
        assertEquals(200, health.statusCode(), health.body());
        assertFalse(health.body().matches("(?is).*(version|payara|\\d+\\.\\d+\\.\\d+).*"), health.body());
    }
}
