package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Housing, rent and mediation through the REST API: a placement and its rent, and bad input of every kind. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HousingApiIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);
    private static final ApiClient MANAGER = ApiClient.as("gestion", DemoData.PASSWORD);
    private static final ApiClient FUNDER = ApiClient.as("financeur", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(HousingApiIT.class);
    }

    private long serviceUnitId;
    private long workerId;
    private long programmeId;
    private long landlordId;

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** The items of a page, the shape every search answers. */
    private static JsonArray items(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject().getJsonArray("items");
    }

    private static long id(HttpResponse<String> r) {
        return object(r).getJsonNumber("id").longValue();
    }

    private static List<String> fields(HttpResponse<String> r) {
        return object(r).getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList();
    }

    @BeforeEach
    void references() throws Exception {
        assertEquals(200, ADMIN.post("/ancrage/api/programmes/templates", "").statusCode());
        programmeId = TestDatabase.count("select id from programme where code = 'ASLD-IML-CLASSIQUE'");
        serviceUnitId = TestDatabase.count("select id from service_unit where code = 'NORD'");
        workerId = TestDatabase.count("select id from user_account where username = 'travailleur'");
        HttpResponse<String> landlord = MANAGER.post("/ancrage/api/landlords",
                "{\"kind\":\"SOCIAL\",\"name\":\"OPH de la Meuse\",\"email\":\"oph@example.org\"}");
        assertEquals(201, landlord.statusCode(), landlord.body());
        landlordId = id(landlord);
    }

    private String dwellingJson(String postcode, String rent) {
        return "{\"landlordId\":" + landlordId + ",\"serviceUnitId\":" + serviceUnitId + ",\"address\":\"4 allée des"
                + " Saules\",\"postcode\":\"" + postcode + "\",\"city\":\"Verdun\",\"size\":\"T2\",\"surface\":48.5,"
                + "\"floor\":1,\"rent\":" + rent + ",\"charges\":55.00,\"programmeId\":" + programmeId + "}";
    }

    private long householdWithMeasure(String name) throws Exception {
        HttpResponse<String> household = COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":"
                + serviceUnitId + ",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Ines\","
                + "\"birthDate\":\"1992-07-01\",\"relationship\":\"HEAD\"}]}");
        assertEquals(201, household.statusCode(), household.body());
        long householdId = object(household).getJsonObject("household").getJsonNumber("id").longValue();
        HttpResponse<String> referral = COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":" + householdId
                + ",\"programmeId\":" + programmeId + ",\"orientingBody\":\"SIAO\",\"receivedOn\":\"2026-01-02\"}");
        JsonObject r = object(referral);
        HttpResponse<String> admitted = COORDINATOR.post("/ancrage/api/referrals/" + r.getJsonNumber("id")
                + "/admission", "{\"version\":" + r.getJsonNumber("version") + ",\"referentWorkerId\":" + workerId
                + ",\"serviceUnitId\":" + serviceUnitId + ",\"start\":\"2026-02-01\"}");
        assertEquals(200, admitted.statusCode(), admitted.body());
        return id(admitted);
    }

    @Test
    void aPlacementItsRentAndADoubleCallRefusedInTheCallersLanguage() throws Exception {
        HttpResponse<String> dwelling = MANAGER.post("/ancrage/api/dwellings", dwellingJson("55100", "410.00"));
        assertEquals(201, dwelling.statusCode(), dwelling.body());
        long dwellingId = id(dwelling);
        assertEquals(201, MANAGER.post("/ancrage/api/dwellings/" + dwellingId + "/contracts", "{\"kind\":\"MAIN_LEASE\","
                + "\"start\":\"2026-01-01\",\"rent\":410.00,\"guarantee\":\"VISALE\",\"guaranteeReference\":\"V-1\"}")
                .statusCode());

        long measureId = householdWithMeasure("Api-Logement");
        long householdId = TestDatabase.count("select household_id from measure where id = " + measureId);
        HttpResponse<String> placed = MANAGER.post("/ancrage/api/occupancies", "{\"dwellingId\":" + dwellingId
                + ",\"householdId\":" + householdId + ",\"measureId\":" + measureId + ",\"agreement\":\"SUB_LEASE\","
                + "\"start\":\"2026-02-01\",\"rent\":410.00,\"charges\":55.00,\"housingBenefit\":290.50}");
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject occupancy = object(placed);
        assertEquals("174.50", occupancy.getJsonNumber("monthlyAmountDue").bigDecimalValue().toPlainString());
        long occupancyId = occupancy.getJsonNumber("id").longValue();

        String callPath = "/ancrage/api/rent/occupancies/" + occupancyId + "/calls";
        assertEquals(201, MANAGER.post(callPath, "{\"month\":\"2026-02\"}").statusCode());
        HttpResponse<String> twice = MANAGER.post(callPath, "{\"month\":\"2026-02\"}");
        assertEquals(422, twice.statusCode(), twice.body());
        assertEquals("rent.call.alreadyIssued", object(twice).getString("error"));
        assertTrue(object(twice).getString("message").contains("déjà été émis"), twice.body());
        HttpResponse<String> english = MANAGER.withLanguage("en").post(callPath, "{\"month\":\"2026-02\"}");
        assertTrue(object(english).getString("message").contains("already issued"), english.body());

        assertEquals(201, MANAGER.post("/ancrage/api/rent/occupancies/" + occupancyId + "/payments",
                "{\"paidOn\":\"2026-02-03\",\"amount\":100.00,\"payer\":\"HOUSEHOLD\"}").statusCode());
        JsonObject account = object(MANAGER.get("/ancrage/api/rent/occupancies/" + occupancyId + "/account?on=2026-02-20"));
        assertEquals("74.50", account.getJsonNumber("balance").bigDecimalValue().toPlainString());
        assertEquals("74.50", account.getJsonObject("arrears").getJsonNumber("total").bigDecimalValue().toPlainString());
        assertEquals(2, account.getJsonArray("statement").size());
        String debtStatement = "/ancrage/api/rent/occupancies/" + occupancyId + "/debt-statement";
        HttpResponse<byte[]> statement = MANAGER.download(debtStatement + "?on=2026-02-20", "application/pdf");
        assertEquals(200, statement.statusCode());
        assertEquals("%PDF", new String(statement.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(statement.headers().firstValue("Content-Disposition").orElse("").contains("decompte-2026-02-20.pdf"));
        assertEquals(422, MANAGER.download(debtStatement + "?on=2100-01-01", "application/pdf").statusCode(),
                "a statement at a date to come");

        HttpResponse<String> dwellings = FUNDER.get("/ancrage/api/dwellings");
        assertEquals(403, dwellings.statusCode(), "a funder never reaches a dwelling or its household");
        // The demo funder reads the capacity of its own funder's programmes only (FundersReadTheirOwnProgrammesIT).
        assertEquals(403, FUNDER.get("/ancrage/api/capacity/" + programmeId + "?on=2026-02-15").statusCode(),
                "the State's DDETS funds this programme, not the demo funder's DDETSPP");
        HttpResponse<String> capacity = MANAGER.get("/ancrage/api/capacity/" + programmeId + "?on=2026-02-15");
        assertEquals(200, capacity.statusCode(), capacity.body());
        assertTrue(object(capacity).getJsonNumber("occupiedPlaces").longValue() >= 1);
        long alsa = TestDatabase.count("select id from programme where code = 'ALSA-IML-SOUS-LOCATION'");
        assertEquals(200, FUNDER.get("/ancrage/api/capacity/" + alsa + "?on=2026-02-15").statusCode());
    }

    @Test
    void badValuesAreNamedFieldByFieldAndNothingIsStored() throws Exception {
        long before = TestDatabase.count("select count(*) from dwelling");
        HttpResponse<String> bad = MANAGER.post("/ancrage/api/dwellings", dwellingJson("ABCDE", "-5"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(List.of("postcode", "rent"), fields(bad));

        HttpResponse<String> cents = MANAGER.post("/ancrage/api/dwellings", dwellingJson("55100", "410.005"));
        assertEquals(400, cents.statusCode(), cents.body());
        assertEquals(List.of("rent"), fields(cents));

        HttpResponse<String> size = MANAGER.post("/ancrage/api/dwellings",
                dwellingJson("55100", "410.00").replace("\"T2\"", "\"T9\""));
        assertEquals(400, size.statusCode(), size.body());
        assertFalse(size.body().contains("Exception"), size.body());

        HttpResponse<String> state = MANAGER.get("/ancrage/api/dwellings?state=BROKEN");
        assertEquals(400, state.statusCode(), state.body());
        HttpResponse<String> date = MANAGER.get("/ancrage/api/capacity?on=31-02-2026");
        assertEquals(400, date.statusCode(), date.body());
        HttpResponse<String> month = MANAGER.post("/ancrage/api/rent/calls", "{\"month\":\"2026-13\"}");
        assertEquals(400, month.statusCode(), month.body());
        assertEquals(List.of("month"), fields(month));
        HttpResponse<String> incident = MANAGER.post("/ancrage/api/incidents", "{\"kind\":\"DAMAGE\","
                + "\"occurredOn\":\"2026-02-01\",\"description\":\"\",\"parties\":[]}");
        assertEquals(400, incident.statusCode(), incident.body());
        assertEquals(List.of("description", "parties"), fields(incident));
        HttpResponse<String> neither = MANAGER.post("/ancrage/api/incidents", "{\"kind\":\"DAMAGE\","
                + "\"occurredOn\":\"2026-02-01\",\"description\":\"Vitre cassée\",\"parties\":[\"HOUSEHOLD\"]}");
        assertEquals(422, neither.statusCode(), neither.body());
        assertEquals("incident.nothingConcerned", object(neither).getString("error"));
        assertEquals(before, TestDatabase.count("select count(*) from dwelling"));
    }

    @Test
    void aStaleDwellingUpdateIsAConflictAndHostileTextIsKeptAsTyped() throws Exception {
        String hostile = "<script>alert(1)</script>'; DROP TABLE dwelling; --";
        HttpResponse<String> created = MANAGER.post("/ancrage/api/dwellings",
                dwellingJson("55100", "410.00").replace("4 allée des Saules", hostile.replace("'", "\\u0027")));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject dwelling = object(created);
        assertEquals(hostile, dwelling.getString("address"));
        String update = dwellingJson("55100", "420.00").replace("{", "{\"version\":" + dwelling.getJsonNumber("version")
                + ",");
        assertEquals(200, COORDINATOR.put("/ancrage/api/dwellings/" + id(created), update).statusCode());
        HttpResponse<String> stale = MANAGER.put("/ancrage/api/dwellings/" + id(created), update);
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(1, TestDatabase.count("select count(*) from dwelling where id = " + id(created)
                + " and rent = 420.00"));
        assertTrue(items(MANAGER.get("/ancrage/api/landlords?name=meuse")).size() >= 1);
    }
}
