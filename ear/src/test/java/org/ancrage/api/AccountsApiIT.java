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
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff accounts through the API, as an HR directory would keep them: administrators only; an
 * account created with its e-mail, its roles and service changed on the version read (a stale
 * version is a 409), a temporary password, a lock shown with its end and lifted, a closure; every
 * change in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsApiIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final String FIRST = "une phrase de passe assez longue";
    private static final String TEMPORARY = "provisoire du lundi matin";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AccountsApiIT.class);
    }

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    @Test
    void onlyAdministratorsReachTheAccounts() throws Exception {
        for (String other : new String[] {"coordinatrice", "direction", "travailleur", "financeur"}) {
            HttpResponse<String> refused = ApiClient.as(other, DemoData.PASSWORD).get("/ancrage/api/accounts");
            assertEquals(403, refused.statusCode(), other + ": " + refused.body());
        }
        HttpResponse<String> list = ADMIN.get("/ancrage/api/accounts?sort=username&size=100");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(object(list).getJsonArray("items").stream()
                .anyMatch(a -> a.asJsonObject().getString("username").equals("travailleur")), list.body());
        assertFalse(list.body().contains("passwordHash") || list.body().toLowerCase().contains("pbkdf2"), list.body());
    }

    @Test
    void anAccountIsCreatedEditedResetUnlockedAndClosed() throws Exception {
        String username = "api-" + Long.toString(System.nanoTime(), 36);
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long sud = TestDatabase.count("select id from service_unit where code = 'SUD'");

        HttpResponse<String> badRole = ADMIN.post("/ancrage/api/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"Inès\",\"password\":\"" + FIRST + "\",\"roles\":[\"superuser\"]}");
        assertEquals(400, badRole.statusCode(), badRole.body());
        assertTrue(object(badRole).getJsonArray("fields").getJsonObject(0).getString("field").startsWith("roles"),
                badRole.body());

        HttpResponse<String> created = ADMIN.post("/ancrage/api/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"Inès Api\",\"password\":\"" + FIRST + "\",\"roles\":[\"social-worker\"],"
                + "\"serviceUnitId\":" + nord + ",\"email\":\"ines@example.org\",\"emailAlerts\":true}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject account = object(created);
        long id = account.getJsonNumber("id").longValue();
        assertEquals("ines@example.org", account.getString("email"));
        assertTrue(account.getBoolean("emailAlerts"));
        assertEquals(1, TestDatabase.count("select count(*) from user_account where username = '" + username
                + "' and email = 'ines@example.org' and email_alerts"), "the digest reads this address");
        assertEquals(200, ApiClient.as(username, FIRST).get("/ancrage/api/households").statusCode());

        // read again: until logins stop writing to the account, a login moves its version
        long version = object(ADMIN.get("/ancrage/api/accounts/" + id)).getJsonNumber("version").longValue();
        HttpResponse<String> unversioned = ADMIN.put("/ancrage/api/accounts/" + id,
                "{\"displayName\":\"Inès Api\",\"roles\":[\"coordinator\"]}");
        assertEquals(400, unversioned.statusCode(), unversioned.body());
        HttpResponse<String> edited = ADMIN.put("/ancrage/api/accounts/" + id, "{\"version\":" + version
                + ",\"displayName\":\"Inès Api\",\"roles\":[\"coordinator\",\"social-worker\"],\"serviceUnitId\":" + sud
                + ",\"email\":\"ines.api@example.org\",\"emailAlerts\":false}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(2, object(edited).getJsonArray("roles").size());
        assertEquals(sud, object(edited).getJsonNumber("serviceUnitId").longValue());
        HttpResponse<String> stale = ADMIN.put("/ancrage/api/accounts/" + id, "{\"version\":" + version
                + ",\"displayName\":\"Écrasé\",\"roles\":[\"funder-viewer\"]}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(0, TestDatabase.count("select count(*) from user_account where display_name = 'Écrasé'"));

        // a lock: ten failed logins of this name from one address (the throttle reads the login events)
        TestDatabase.execute("insert into login_event (id, at, username, account_id, address, door, success)"
                + " select -(1000000 * u.id + g), now() - interval '1 minute', lower(u.username), u.id, '203.0.113.9',"
                + " 'CONSOLE', false from user_account u, generate_series(1, 10) g where u.id = " + id);
        JsonObject locked = object(ADMIN.get("/ancrage/api/accounts/" + id));
        assertTrue(locked.getBoolean("locked"), locked.toString());
        assertFalse(locked.isNull("lockedUntil"), locked.toString());
        HttpResponse<String> unlocked = ADMIN.post("/ancrage/api/accounts/" + id + "/unlock",
                "{\"version\":" + locked.getJsonNumber("version").longValue() + "}");
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertFalse(object(unlocked).getBoolean("locked"), unlocked.body());

        HttpResponse<String> weak = ADMIN.post("/ancrage/api/accounts/" + id + "/password-reset", "{\"version\":"
                + object(unlocked).getJsonNumber("version").longValue() + ",\"temporaryPassword\":\"court\"}");
        assertEquals(422, weak.statusCode(), weak.body());
        HttpResponse<String> reset = ADMIN.post("/ancrage/api/accounts/" + id + "/password-reset", "{\"version\":"
                + object(unlocked).getJsonNumber("version").longValue() + ",\"temporaryPassword\":\"" + TEMPORARY + "\"}");
        assertEquals(200, reset.statusCode(), reset.body());
        assertTrue(object(reset).getBoolean("mustChangePassword"), reset.body());
        assertEquals(401, ApiClient.as(username, FIRST).get("/ancrage/api/households").statusCode(),
                "the old password no longer works");

        // read again: the failed login just above counted on the account (until logins are events of their own)
        HttpResponse<String> closed = ADMIN.post("/ancrage/api/accounts/" + id + "/closure", "{\"version\":"
                + object(ADMIN.get("/ancrage/api/accounts/" + id)).getJsonNumber("version").longValue() + "}");
        assertEquals(200, closed.statusCode(), closed.body());
        assertFalse(object(closed).getBoolean("active"));
        assertEquals(401, ApiClient.as(username, TEMPORARY).get("/ancrage/api/households").statusCode());

        assertTrue(TestDatabase.count("select count(*) from audit_entry where entity_type = 'UserAccount'"
                + " and entity_id = " + id) >= 4, "creation, edit, unlock, reset and closure are in the trail");
        assertEquals(0, TestDatabase.count("select count(*) from audit_entry where entity_type = 'UserAccount'"
                + " and entity_id = " + id + " and changes ilike '%pbkdf2%'"), "never the hash");
    }
}
