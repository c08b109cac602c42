package org.ancrage.api.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console's session never opens the API, however the URL is spelled: a coordinator logged in
 * to the console, her session cookie replayed on the API with path parameters ({@code ;},
 * {@code ;jsessionid=}, {@code %3B}), doubled slashes, dot segments and other cases, always gets a
 * JSON 401 and never a household. Also: an API write that is not JSON is refused (415) even with
 * the right credentials, and a session id in a page's URL without the cookie opens nothing.
 */
class ApiRefusesTheConsoleSessionIT extends BrowserTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ApiRefusesTheConsoleSessionIT.class);
    }

    private String consoleSession(String username) {
        logIn(username, DemoData.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        assertTrue(cookie != null, "logged in with a session cookie");
        return cookie.getValue();
    }

    private HttpResponse<String> send(String method, String path, String session, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ApiClient.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theConsoleSessionNeverOpensTheApiWhateverTheSpelling() throws Exception {
        String session = consoleSession("coordinatrice");
        // The session is alive: the console's pages open with it.
        assertEquals(200, send("GET", "/ancrage/app/home.xhtml", session, null, null).statusCode());

        List<String> spellings = List.of("/ancrage/api/households", "/ancrage/api;households/1",
                "/ancrage/api;jsessionid=" + session + "/households", "/ancrage/api/households;jsessionid=" + session,
                "/ancrage/api;x/households", "/ancrage/api%3Bx/households", "/ancrage/api%3bhouseholds/1",
                "/ancrage//api/households", "/ancrage/api//households", "/ancrage/./api/households",
                "/ancrage/app/../api/households", "/ancrage/API/households", "/ancrage/Api;x/households",
                "/ancrage/api/jobs/executions", "/ancrage/api;jobs/executions");
        List<String> opened = new ArrayList<>();
        for (String path : spellings) {
            HttpResponse<String> answer = send("GET", path, session, null, null);
            if (answer.statusCode() < 300 || answer.body().contains("\"items\"")
                    || answer.body().contains("\"lastName\"")) {
                opened.add(path + " -> " + answer.statusCode() + " " + answer.body());
            } else if (answer.statusCode() != 400) {
                // Anything the application answers on the API is a JSON error, never a page.
                assertEquals(401, answer.statusCode(), path + " -> " + answer.body());
                assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                        path + " -> " + answer.headers().map());
                assertTrue(answer.body().contains("\"status\":401"), path + " -> " + answer.body());
            }
        }
        assertTrue(opened.isEmpty(), "the session opened the API: " + opened);
    }

    @Test
    void aWriteWithTheSessionStartsNothing() throws Exception {
        String session = consoleSession("administration");
        for (String path : List.of("/ancrage/api;jobs/retention", "/ancrage/api;statistics/runs",
                "/ancrage/api/jobs/retention", "/ancrage/api;retention/runs?dryRun=false")) {
            HttpResponse<String> answer = send("POST", path, session, "text/plain", "x=y");
            assertEquals(401, answer.statusCode(), path + " -> " + answer.body());
            assertTrue(answer.body().startsWith("{\"status\":401"), answer.body());
        }
    }

    @Test
    void apiWritesTakeJsonOnlyEvenWithTheRightCredentials() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("administration:" + DemoData.PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            null}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ApiClient.url("/ancrage/api/jobs/retention")))
                    .header("Authorization", basic).POST(HttpRequest.BodyPublishers.ofString("x=y"));
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, answer.statusCode(), type + " -> " + answer.body());
            assertTrue(answer.body().contains("\"status\":415"), answer.body());
        }
    }

    @Test
    void aRetentionRunThroughTheApiIsADryRunUnlessSaidOtherwise() throws Exception {
        ApiClient admin = ApiClient.as("administration", DemoData.PASSWORD);
        HttpResponse<String> started = admin.post("/ancrage/api/jobs/retention", "");
        assertEquals(202, started.statusCode(), started.body());
        long id = Long.parseLong(started.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        String exit = "";
        for (int i = 0; i < 300 && !exit.contains("DRY RUN"); i++) {
            Thread.sleep(100);
            exit = admin.get("/ancrage/api/jobs/executions/" + id).body();
        }
        assertTrue(exit.contains("DRY RUN"), exit);
    }

    @Test
    void aSessionIdInThePageUrlWithoutTheCookieOpensNothing() throws Exception {
        String session = consoleSession("coordinatrice");
        for (String path : List.of("/ancrage/app/home.xhtml;jsessionid=" + session,
                "/ancrage/app/files/households.xhtml;jsessionid=" + session,
                "/ancrage/app/files/household.xhtml;jsessionid=" + session + "?id=1")) {
            HttpResponse<String> answer = send("GET", path, null, null, null);
            assertEquals(302, answer.statusCode(), path + " -> " + answer.body());
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login.xhtml"), path);
            assertFalse(answer.headers().firstValue("Location").orElse("").contains("jsessionid"), path);
        }
        // In the browser too: the cookie gone, the URL's id is no login.
        browser.manage().deleteAllCookies();
        open("app/files/households.xhtml;jsessionid=" + session);
        visible(By.id("login-heading"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        open("login.xhtml");
        visible(By.id("login-heading"));
        HttpResponse<String> login = send("GET", "/ancrage/login.xhtml", null, null, null);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.matches("(?i).*SameSite=(Lax|Strict).*"), cookie);
        assertFalse(cookie.matches("(?i).*;\\s*Secure.*"), "not Secure over plain http: " + cookie);

        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(ApiClient.url("/ancrage/login.xhtml")))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        String secure = proxied.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
        assertTrue(secure.matches("(?i).*;\\s*Secure.*"), "Secure behind a TLS proxy: " + secure);
    }
}
