package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
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
 * Bad input on every family of the API: malformed JSON, empty bodies, oversized values, bad
 * query values get a 400 naming what is wrong, in the caller's language, never a stack trace, and
 * store nothing; script- and SQL-bearing text is kept as the text it is, harmlessly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputApiIT {

    private static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);
    private static final ApiClient WORKER = ApiClient.as("travailleur", DemoData.PASSWORD);
    private static final ApiClient MANAGER = ApiClient.as("gestion", DemoData.PASSWORD);
    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final String HUGE = "x".repeat(100_000);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(BadInputApiIT.class);
    }

    /** One create action of the API, the table it writes to, and a text field with a size limit. */
    private record Family(ApiClient caller, String path, String table, String textField) {
    }

    private static List<Family> families() throws Exception {
        long measure = TestDatabase.count("select min(id) from measure where status = 'OPEN'");
        long occupancy = TestDatabase.count("select min(id) from occupancy where end_date is null");
        long referral = TestDatabase.count("select min(id) from referral");
        return List.of(
                new Family(COORDINATOR, "/ancrage/api/households", "household", "address"),
                new Family(COORDINATOR, "/ancrage/api/referrals", "referral", null),
                new Family(COORDINATOR, "/ancrage/api/referrals/" + referral + "/refusal", "referral", "reason"),
                new Family(WORKER, "/ancrage/api/measures/" + measure + "/evaluations", "evaluation", "assessment"),
                new Family(WORKER, "/ancrage/api/measures/" + measure + "/contacts", "contact", "topics"),
                new Family(MANAGER, "/ancrage/api/landlords", "landlord", "name"),
                new Family(MANAGER, "/ancrage/api/dwellings", "dwelling", "address"),
                new Family(MANAGER, "/ancrage/api/rent/occupancies/" + occupancy + "/payments", "payment",
                        "reference"),
                new Family(MANAGER, "/ancrage/api/incidents", "incident", "description"),
                new Family(ADMIN, "/ancrage/api/service-units", "service_unit", "name"));
    }

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static void assertClearRefusal(HttpResponse<String> response, String what) {
        assertEquals(400, response.statusCode(), what + ": " + response.body());
        JsonObject error = object(response);
        assertFalse(error.getString("message").isBlank(), what);
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
    }

    @Test
    void malformedEmptyAndOversizedBodiesAreRefusedFieldByFieldAndStoreNothing() throws Exception {
        for (Family family : families()) {
            long rows = TestDatabase.count("select count(*) from " + family.table());
            assertClearRefusal(family.caller().post(family.path(), "{\"name\": "), family.path() + " malformed");
            assertClearRefusal(family.caller().post(family.path(), "[1, 2]"), family.path() + " not an object");

            HttpResponse<String> empty = family.caller().post(family.path(), "{}");
            assertClearRefusal(empty, family.path() + " empty");
            assertFalse(object(empty).getJsonArray("fields").isEmpty(), empty.body());

            if (family.textField() != null) {
                HttpResponse<String> oversized = family.caller().post(family.path(),
                        "{\"" + family.textField() + "\":\"" + HUGE + "\"}");
                assertClearRefusal(oversized, family.path() + " oversized");
                assertTrue(object(oversized).getJsonArray("fields").stream()
                        .anyMatch(f -> f.asJsonObject().getString("field").equals(family.textField())),
                        oversized.body());
            }
            assertEquals(rows, TestDatabase.count("select count(*) from " + family.table()), family.path());
        }
    }

    @Test
    void badQueryValuesAreRefusedInTheCallersLanguage() throws Exception {
        for (String path : List.of("/ancrage/api/households?birthDate=31-12-1990", "/ancrage/api/rent/arrears?on=hier",
                "/ancrage/api/dwellings?state=BROKEN", "/ancrage/api/audit?from=2026-13-45")) {
            ApiClient caller = path.contains("audit") ? ADMIN : path.contains("rent") || path.contains("dwell")
                    ? MANAGER : COORDINATOR;
            assertClearRefusal(caller.get(path), path);
            assertClearRefusal(caller.withLanguage("en").get(path), path);
        }
        HttpResponse<String> french = COORDINATOR.post("/ancrage/api/households", "{}");
        HttpResponse<String> english = COORDINATOR.withLanguage("en").post("/ancrage/api/households", "{}");
        assertFalse(object(french).getString("message").equals(object(english).getString("message")),
                french.body() + " / " + english.body());
    }

    @Test
    void scriptAndSqlBearingTextIsKeptAsPlainText() throws Exception {
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        String sql = "O''Brien''); DROP TABLE household;--";
        HttpResponse<String> created = COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"address\":\"<script>alert(1)</script>\",\"members\":[{\"lastName\":\"" + sql.replace("''", "'")
                + "\",\"firstName\":\"<img src=x onerror=alert(1)>\",\"relationship\":\"HEAD\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonObject("household").getJsonNumber("id").longValue();
        assertEquals(1, TestDatabase.count("select count(*) from person where last_name = '" + sql + "'"));
        assertTrue(TestDatabase.count("select count(*) from household") > 0, "the table is still there");
        JsonObject read = object(COORDINATOR.get("/ancrage/api/households/" + id));
        assertEquals("<img src=x onerror=alert(1)>", read.getJsonArray("members").getJsonObject(0)
                .getString("firstName"));
        assertEquals(1, TestDatabase.count("select count(*) from household where id = " + id
                + " and address = '<script>alert(1)</script>'"));
    }

    /** The field a 400 names first. */
    private static String named(HttpResponse<String> response) {
        return object(response).getJsonArray("fields").getJsonObject(0).getString("field");
    }

    private static void assertNamed(HttpResponse<String> response, String parameter, String what) {
        assertClearRefusal(response, what);
        assertEquals("validation", object(response).getString("error"), response.body());
        assertEquals(parameter, named(response), what + ": " + response.body());
    }

    @Test
    void badParametersAreNamedNeverA404OrA500() throws Exception {
        assertNamed(COORDINATOR.get("/ancrage/api/households?page=abc"), "page", "page=abc");
        assertNamed(COORDINATOR.get("/ancrage/api/households?page=21474837"), "page", "page=21474837");
        assertNamed(COORDINATOR.get("/ancrage/api/households?page=-1"), "page", "page=-1");
        assertNamed(COORDINATOR.get("/ancrage/api/households?size=-1"), "size", "size=-1");
        assertNamed(COORDINATOR.get("/ancrage/api/households?size=100000"), "size", "size=100000");
        assertNamed(COORDINATOR.get("/ancrage/api/households?name=a%00b"), "name", "a NUL in a parameter");
        assertNamed(COORDINATOR.get("/ancrage/api/households?birthDate=1990-02-31"), "birthDate", "31 February");
        assertNamed(MANAGER.get("/ancrage/api/dwellings?landlordId=abc"), "landlordId", "landlordId=abc");
        assertNamed(MANAGER.get("/ancrage/api/incidents?householdId=1e9"), "householdId", "householdId=1e9");
        assertNamed(ADMIN.get("/ancrage/api/audit?householdId=x"), "householdId", "audit householdId=x");
        assertNamed(ADMIN.post("/ancrage/api/retention/runs?dryRun=peut-etre", ""), "dryRun", "dryRun=peut-etre");
        assertNamed(COORDINATOR.withLanguage("fr;q=abc").get("/ancrage/api/households"), "Accept-Language",
                "Accept-Language: fr;q=abc");
        assertNamed(ApiClient.as("direction", DemoData.PASSWORD).get("/ancrage/api/statistics?year=abc"), "year",
                "year=abc");
    }

    @Test
    void aNulCharacterInABodyIsRefusedAtItsFieldAndStoresNothing() throws Exception {
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long rows = TestDatabase.count("select count(*) from household");
        HttpResponse<String> nul = COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"members\":[{\"lastName\":\"Nul\\u0000Part\",\"firstName\":\"Ana\",\"relationship\":\"HEAD\"}]}");
        assertNamed(nul, "members[0].lastName", "NUL in a member's name");
        assertEquals(rows, TestDatabase.count("select count(*) from household"));
    }

    @Test
    void collectionsOfABodyAreBoundedAndAHugeBodyIsRefusedUnread() throws Exception {
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long rows = TestDatabase.count("select count(*) from person");
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 31; i++) {
            members.append(i == 0 ? "" : ",").append("{\"lastName\":\"Nombreux\",\"firstName\":\"M")
                    .append(i).append("\",\"relationship\":\"").append(i == 0 ? "HEAD" : "CHILD").append("\"}");
        }
        HttpResponse<String> many = COORDINATOR.post("/ancrage/api/households",
                "{\"serviceUnitId\":" + nord + ",\"members\":[" + members + "]}");
        assertNamed(many, "members", "31 members");

        StringBuilder huge = new StringBuilder("{\"serviceUnitId\":" + nord + ",\"members\":[");
        for (int i = 0; i < 100_001; i++) {
            huge.append(i == 0 ? "" : ",").append("{\"lastName\":\"Bombe\",\"firstName\":\"B\",\"relationship\":\"")
                    .append(i == 0 ? "HEAD" : "CHILD").append("\"}");
        }
        try {
            HttpResponse<String> bomb = COORDINATOR.post("/ancrage/api/households", huge.append("]}").toString());
            assertTrue(bomb.statusCode() == 413 || bomb.statusCode() == 400, bomb.statusCode() + " " + bomb.body());
            assertFalse(bomb.body().contains("Exception"), bomb.body());
        } catch (java.io.IOException closedUnread) {
            // the server answered 413 and closed the connection before the client had sent its 7 MB: refused unread
        }
        assertEquals(rows, TestDatabase.count("select count(*) from person"), "no member of either kept");
    }

    @Test
    void anEditWithoutTheVersionReadIsRefusedNamingIt() throws Exception {
        long landlord = TestDatabase.count("select min(id) from landlord");
        HttpResponse<String> unversioned = MANAGER.put("/ancrage/api/landlords/" + landlord,
                "{\"kind\":\"PRIVATE\",\"name\":\"Sans version\"}");
        assertNamed(unversioned, "version", "a landlord edit without version");
        assertEquals(0, TestDatabase.count("select count(*) from landlord where name = 'Sans version'"));
    }
}
