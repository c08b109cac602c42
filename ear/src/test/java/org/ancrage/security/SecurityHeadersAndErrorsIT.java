package org.ancrage.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * What any visitor can see of the server: security headers on every page, no server banner,
 * errors that say what happened without a stack trace, the API closed without credentials.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersAndErrorsIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(SecurityHeadersAndErrorsIT.class);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ApiClient.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoServerBanner() throws Exception {
        HttpResponse<String> login = get("/ancrage/login.xhtml");
        assertEquals(200, login.statusCode());
        var headers = login.headers();
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""));
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src") && p.contains("nonce-")),
                policies.toString());
        assertTrue(headers.firstValue("X-Powered-By").isEmpty(), headers.map().toString());
        assertFalse(headers.firstValue("Server").orElse("").matches("(?i).*(payara|glassfish|grizzly).*"));
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "HSTS is for TLS only");
    }

    @Test
    void aProtectedPageWithoutSessionGoesToTheLoginPage() throws Exception {
        HttpResponse<String> home = get("/ancrage/app/home.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    @Test
    void errorsSayWhatHappenedWithoutAStackTrace() throws Exception {
        HttpResponse<String> page = get("/ancrage/no-such-page.xhtml");
        assertEquals(404, page.statusCode());
        assertFalse(page.body().contains("Exception") || page.body().contains("\tat "), page.body());

        HttpResponse<String> api = get("/ancrage/api/households/1");
        assertEquals(401, api.statusCode());
        assertTrue(api.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        HttpResponse<String> notANumber = ApiClient.as("coordinatrice", DemoData.PASSWORD)
                .get("/ancrage/api/households/pas-un-nombre");
        assertEquals(404, notANumber.statusCode(), notANumber.body());
        assertFalse(notANumber.body().contains("Exception"), notANumber.body());
    }
}
