package org.ancrage.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API keys as an integration uses them: issued by an administrator (the secret answered once and
 * kept as its SHA-256 only), sent as {@code Authorization: Bearer}, scoped to one role and one
 * service (need to know as for a member of that service), the last use visible without the key's
 * version moving, refused at the very next request once revoked or expired.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiKeysIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ApiKeysIT.class);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long service(String code) throws Exception {
        return TestDatabase.count("select id from service_unit where code = '" + code + "'");
    }

    private static JsonObject issue(String role, Long service, LocalDate expiresOn) throws Exception {
        HttpResponse<String> issued = ADMIN.post("/ancrage/api/api-keys", "{\"name\":\"" + CaseFiles.unique("compta-")
                + "\",\"role\":\"" + role + "\"" + (service == null ? "" : ",\"serviceUnitId\":" + service)
                + ",\"expiresOn\":\"" + expiresOn + "\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        return json(issued);
    }

    private static long household(long service, String name) throws Exception {
        ApiClient coordinator = service == service("NORD") ? CaseFiles.COORDINATOR
                : ApiClient.as("travailleuse-sud", DemoData.PASSWORD);
        return CaseFiles.id(coordinator.post("/ancrage/api/households", "{\"serviceUnitId\":" + service
                + ",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Léa\",\"birthDate\":\"1988-02-03\","
                + "\"relationship\":\"HEAD\"}]}"));
    }

    @Test
    void aKeyIsIssuedOnceUsedScopedToItsServiceAndRevokedAtOnce() throws Exception {
        long nord = service("NORD");
        JsonObject issued = issue(Roles.COORDINATOR, nord, LocalDate.now().plusDays(30));
        String secret = issued.getString("secret");
        long id = issued.getJsonObject("key").getJsonNumber("id").longValue();
        assertTrue(secret.startsWith(ApiKeyService.SECRET_PREFIX) && secret.length() >= 40, secret);
        // Kept as its hash only; never listed again.
        assertEquals(1, TestDatabase.count("select count(*) from api_key where id = " + id
                + " and secret_hash = encode(sha256('" + secret + "'::bytea), 'hex')"));
        assertTrue(!ADMIN.get("/ancrage/api/api-keys").body().contains(secret));

        ApiClient key = ApiClient.bearer(secret);
        long ours = household(nord, CaseFiles.unique("Cle"));
        HttpResponse<String> read = key.get("/ancrage/api/households/" + ours);
        assertEquals(200, read.statusCode(), read.body());
        long theirs = household(service("SUD"), CaseFiles.unique("Sud"));
        assertEquals(403, key.get("/ancrage/api/households/" + theirs).statusCode(), "another service's household");
        assertEquals(403, key.get("/ancrage/api/api-keys").statusCode(), "a coordinator's key manages no keys");

        long version = TestDatabase.count("select version from api_key where id = " + id);
        for (int i = 0; i < 10; i++) {
            assertEquals(200, key.get("/ancrage/api/households/" + ours).statusCode());
        }
        assertEquals(version, TestDatabase.count("select version from api_key where id = " + id), "use writes no version");
        String list = ADMIN.get("/ancrage/api/api-keys?size=100").body();
        assertTrue(list.contains("\"id\":" + id), list);
        assertNotNull(TestDatabase.text("select last_used_at from api_key where id = " + id), "last use visible");

        HttpResponse<String> revoked = ADMIN.delete("/ancrage/api/api-keys/" + id);
        assertEquals(200, revoked.statusCode(), revoked.body());
        HttpResponse<String> refused = key.get("/ancrage/api/households/" + ours);
        assertEquals(401, refused.statusCode(), "refused at its next request: " + refused.body());
        assertTrue(refused.body().startsWith("{\"status\":401"), refused.body());
    }

    @Test
    void anExpiredKeyIsRefusedAtItsNextRequest() throws Exception {
        JsonObject issued = issue(Roles.DIRECTOR, null, LocalDate.now().plusDays(1));
        ApiClient key = ApiClient.bearer(issued.getString("secret"));
        assertEquals(200, key.get("/ancrage/api/service-units").statusCode());
        TestDatabase.execute("update api_key set expires_at = now() - interval '1 second' where id = "
                + issued.getJsonObject("key").getJsonNumber("id"));
        assertEquals(401, key.get("/ancrage/api/service-units").statusCode());
    }

    @Test
    void aKeyIsRefusedWithoutItsServiceOrPastTwoYears() throws Exception {
        HttpResponse<String> noService = ADMIN.post("/ancrage/api/api-keys", "{\"name\":\"sans service\","
                + "\"role\":\"social-worker\",\"expiresOn\":\"" + LocalDate.now().plusDays(10) + "\"}");
        assertEquals(422, noService.statusCode(), noService.body());
        HttpResponse<String> tooLong = ADMIN.post("/ancrage/api/api-keys", "{\"name\":\"trop long\","
                + "\"role\":\"director\",\"expiresOn\":\"" + LocalDate.now().plusYears(3) + "\"}");
        assertEquals(422, tooLong.statusCode(), tooLong.body());
        HttpResponse<String> byACoordinator = CaseFiles.COORDINATOR.post("/ancrage/api/api-keys", "{\"name\":\"x\","
                + "\"role\":\"director\",\"expiresOn\":\"" + LocalDate.now().plusDays(10) + "\"}");
        assertEquals(403, byACoordinator.statusCode(), byACoordinator.body());
        assertEquals(401, ApiClient.bearer("ank_" + "A".repeat(43)).get("/ancrage/api/service-units").statusCode());
    }
}
