package org.ancrage.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An association's own programmes through the API (issue 18): the JSON a programme is read as,
 * without id and version and with a new code, creates the same programme (201 and its address);
 * a code already taken, rules that do not hold (a renewal that can never be reached) and a caller
 * who is not an administrator are refused; a template is hidden and shown again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammesCreatedThroughTheApiIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ProgrammesCreatedThroughTheApiIT.class);
    }

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private long udafId;

    @BeforeEach
    void templates() throws Exception {
        assertEquals(200, ADMIN.post("/ancrage/api/programmes/templates", "").statusCode());
        udafId = TestDatabase.count("select id from programme where code = 'UDAF55-ASLL'");
    }

    /** The programme as read, without id and version, under another code and name. */
    private static JsonObjectBuilder copyOf(JsonObject read, String code, String name) {
        JsonObjectBuilder body = Json.createObjectBuilder(read);
        body.remove("id");
        body.remove("version");
        return body.add("code", code).add("name", name);
    }

    @Test
    void theJsonOfAProgrammeWithANewCodeCreatesTheSameProgramme() throws Exception {
        JsonObject template = object(ADMIN.get("/ancrage/api/programmes/" + udafId));
        String code = "MEUSE-ASLL-" + System.nanoTime() % 100000;

        HttpResponse<String> created = ADMIN.post("/ancrage/api/programmes",
                copyOf(template, code, "ASLL de la Meuse").build().toString());

        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject again = object(ADMIN.get(URI.create(location).getPath()));
        assertEquals(code, again.getString("code"));
        assertEquals("ASLL de la Meuse", again.getString("name"));
        for (String rule : template.keySet()) {
            if (!rule.equals("id") && !rule.equals("version") && !rule.equals("code") && !rule.equals("name")) {
                assertEquals(template.get(rule), again.get(rule), rule);
            }
        }
        assertEquals(1, TestDatabase.count("select count(*) from programme where code = '" + code + "'"));
    }

    @Test
    void aCodeAlreadyTakenIsRefusedWithTheReason() throws Exception {
        JsonObject template = object(ADMIN.get("/ancrage/api/programmes/" + udafId));
        long before = TestDatabase.count("select count(*) from programme");

        HttpResponse<String> taken = ADMIN.withLanguage("fr").post("/ancrage/api/programmes",
                copyOf(template, "udaf55-asll", "Doublon").build().toString());

        assertEquals(422, taken.statusCode(), taken.body());
        assertEquals("programme.code.taken", object(taken).getString("error"));
        assertTrue(object(taken).getString("message").contains("UDAF55-ASLL"), taken.body());
        assertEquals(before, TestDatabase.count("select count(*) from programme"));
    }

    @Test
    void rulesThatCannotHoldAreRefusedAsForAnEdit() throws Exception {
        JsonObject template = object(ADMIN.get("/ancrage/api/programmes/" + udafId));
        // 3 months, then 3 renewals of 3 and a 4th one: 15 months, past the maximum of 12.
        JsonObjectBuilder body = copyOf(template, "TROP-LONG-" + System.nanoTime() % 100000, "Trop long")
                .add("renewals", Json.createArrayBuilder(template.getJsonArray("renewals"))
                        .add(Json.createObjectBuilder().add("months", 3).add("derogationRequired", false)
                                .add("derogationAuthority", JsonValue.NULL)));

        HttpResponse<String> refused = ADMIN.withLanguage("en").post("/ancrage/api/programmes", body.build().toString());

        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("programme.renewal.unreachable", object(refused).getString("error"));
        assertTrue(object(refused).getString("message").contains("Renewal no. 4"), refused.body());
    }

    @Test
    void onlyAnAdministratorCreatesAProgramme() throws Exception {
        JsonObject template = object(ADMIN.get("/ancrage/api/programmes/" + udafId));
        HttpResponse<String> refused = COORDINATOR.post("/ancrage/api/programmes",
                copyOf(template, "PAS-ADMIN", "Pas admin").build().toString());
        assertEquals(403, refused.statusCode(), refused.body());
    }

    @Test
    void aTemplateTheAssociationDoesNotRunIsHiddenAndShownAgain() throws Exception {
        long aparIml = TestDatabase.count("select id from programme where code = 'APAR-IML'");
        JsonObject read = object(ADMIN.get("/ancrage/api/programmes/" + aparIml));

        HttpResponse<String> hidden = ADMIN.put("/ancrage/api/programmes/" + aparIml + "/hidden",
                "{\"hidden\":true,\"version\":" + read.getJsonNumber("version") + "}");
        assertEquals(200, hidden.statusCode(), hidden.body());
        assertTrue(object(hidden).getBoolean("hidden"));

        HttpResponse<String> stale = ADMIN.put("/ancrage/api/programmes/" + aparIml + "/hidden",
                "{\"hidden\":false,\"version\":" + read.getJsonNumber("version") + "}");
        assertEquals(409, stale.statusCode(), stale.body());

        HttpResponse<String> shown = ADMIN.put("/ancrage/api/programmes/" + aparIml + "/hidden",
                "{\"hidden\":false,\"version\":" + object(hidden).getJsonNumber("version") + "}");
        assertEquals(200, shown.statusCode(), shown.body());
        assertEquals(false, object(shown).getBoolean("hidden"));
    }
}
