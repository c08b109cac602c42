package org.ancrage.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.ancrage.demo.DemoData;

/**
 * Case files made through the REST API for the browser tests of the household file: a household of
 * the Nord service with an open measure followed by the demo social worker, housed if need be.
 */
public final class CaseFiles {

    public static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);
    public static final ApiClient MANAGER = ApiClient.as("gestion", DemoData.PASSWORD);
    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);

    /** The day the measures of these files start. */
    public static final String MEASURE_START = "2026-02-01";

    private CaseFiles() {
    }

    /** The JSON answer of a call that must have succeeded. */
    public static JsonObject object(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The id of what the call created (a household's answer holds it under "household"). */
    public static long id(HttpResponse<String> response) {
        JsonObject body = object(response);
        return (body.containsKey("household") ? body.getJsonObject("household") : body).getJsonNumber("id").longValue();
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    private static long programme() throws Exception {
        assertEquals(200, ADMIN.post("/ancrage/api/programmes/templates", "").statusCode());
        return TestDatabase.count("select id from programme where code = 'ASLD-IML-CLASSIQUE'");
    }

    private static long nord() throws Exception {
        return TestDatabase.count("select id from service_unit where code = 'NORD'");
    }

    /** A household of the Nord service with an open measure started on {@link #MEASURE_START}; its measure's id. */
    public static long householdWithMeasure(String name) throws Exception {
        long nord = nord();
        long household = id(COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Inès\",\"birthDate\":\"1991-04-12\","
                + "\"relationship\":\"HEAD\"}]}"));
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        JsonObject referral = object(COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":" + household
                + ",\"programmeId\":" + programme() + ",\"orientingBody\":\"SIAO\",\"receivedOn\":\"2026-01-10\"}"));
        return id(COORDINATOR.post("/ancrage/api/referrals/" + referral.getJsonNumber("id") + "/admission",
                "{\"version\":" + referral.getJsonNumber("version") + ",\"referentWorkerId\":" + worker
                        + ",\"serviceUnitId\":" + nord + ",\"start\":\"" + MEASURE_START + "\"}"));
    }

    /** A copy of the shipped template APAR-ASLL-71 under {@code code}, named {@code name}, funded by {@code funder}. */
    public static long programmeCopy(String code, String name, String funder) throws Exception {
        assertEquals(200, ADMIN.post("/ancrage/api/programmes/templates", "").statusCode());
        long template = TestDatabase.count("select id from programme where code = 'APAR-ASLL-71'");
        var copy = Json.createObjectBuilder(object(ADMIN.get("/ancrage/api/programmes/" + template)));
        copy.remove("id");
        copy.remove("version");
        HttpResponse<String> created = ADMIN.post("/ancrage/api/programmes",
                copy.add("code", code).add("name", name).add("funder", funder).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return TestDatabase.count("select id from programme where code = '" + code + "'");
    }

    /** A household of the Nord service admitted to {@code programme} on {@link #MEASURE_START}; its measure. */
    public static JsonObject followedIn(long programme, String lastName) throws Exception {
        long nord = nord();
        long household = id(COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                + ",\"members\":[{\"lastName\":\"" + lastName + "\",\"firstName\":\"Rose\","
                + "\"birthDate\":\"1950-06-01\",\"relationship\":\"HEAD\"}]}"));
        JsonObject referral = object(COORDINATOR.post("/ancrage/api/referrals", "{\"householdId\":" + household
                + ",\"programmeId\":" + programme + ",\"orientingBody\":\"CUD\",\"receivedOn\":\"2026-01-10\"}"));
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        return object(COORDINATOR.post("/ancrage/api/referrals/" + referral.getJsonNumber("id") + "/admission",
                "{\"version\":" + referral.getJsonNumber("version") + ",\"referentWorkerId\":" + worker
                        + ",\"serviceUnitId\":" + nord + ",\"start\":\"" + MEASURE_START + "\"}"));
    }

    public static long householdOf(long measure) throws Exception {
        return TestDatabase.count("select household_id from measure where id = " + measure);
    }

    /** Places the measure's household, under {@code agreement}, in a dwelling of its own under a main lease. */
    public static long housed(long measure, String name, String agreement) throws Exception {
        long landlord = id(MANAGER.post("/ancrage/api/landlords", "{\"kind\":\"PRIVATE\",\"name\":\"SCI " + name + "\"}"));
        long dwelling = id(MANAGER.post("/ancrage/api/dwellings", "{\"landlordId\":" + landlord + ",\"serviceUnitId\":"
                + nord() + ",\"address\":\"3 rue " + name + "\",\"postcode\":\"55100\",\"city\":\"Verdun\","
                + "\"size\":\"T2\",\"surface\":41,\"floor\":1,\"rent\":390.00,\"charges\":40.00,\"programmeId\":"
                + programme() + "}"));
        assertEquals(201, MANAGER.post("/ancrage/api/dwellings/" + dwelling + "/contracts", "{\"kind\":\"MAIN_LEASE\","
                + "\"start\":\"2026-01-01\",\"rent\":390.00,\"guarantee\":\"VISALE\",\"guaranteeReference\":\"V-7\"}")
                .statusCode());
        return id(MANAGER.post("/ancrage/api/occupancies", "{\"dwellingId\":" + dwelling + ",\"householdId\":"
                + householdOf(measure) + ",\"measureId\":" + measure + ",\"agreement\":\"" + agreement + "\","
                + "\"start\":\"" + MEASURE_START + "\",\"rent\":390.00,\"charges\":40.00,\"housingBenefit\":100.00}"));
    }
}
