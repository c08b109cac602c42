package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Every search of the API, and every list belonging to one record (a measure's contacts, a
 * dwelling's contracts…), answers the same shape, {items, page, size, total}, takes the same
 * page, size and sort parameters, and refuses a sort on a column it does not allow, naming the
 * parameter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EverySearchReturnsOnePageShapeIT {

    private static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);
    private static final ApiClient MANAGER = ApiClient.as("gestion", DemoData.PASSWORD);
    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient DIRECTOR = ApiClient.as("direction", DemoData.PASSWORD);

    /** The keys of a page, sorted. */
    private static final java.util.Set<String> KEYS = new java.util.TreeSet<>(List.of("items", "page", "size", "total"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(EverySearchReturnsOnePageShapeIT.class);
    }

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** Each search, who may run it, and one column it may be sorted on. */
    private static Map<String, Object[]> searches() throws Exception {
        long programme = TestDatabase.count("select min(id) from programme");
        Map<String, Object[]> searches = new java.util.LinkedHashMap<>();
        searches.put("/ancrage/api/households?name=", new Object[] {COORDINATOR, "name"});
        searches.put("/ancrage/api/dwellings?city=", new Object[] {MANAGER, "rent"});
        searches.put("/ancrage/api/landlords?name=", new Object[] {MANAGER, "kind"});
        searches.put("/ancrage/api/incidents?kind=", new Object[] {MANAGER, "occurredOn"});
        searches.put("/ancrage/api/audit?username=", new Object[] {ADMIN, "occurredAt"});
        searches.put("/ancrage/api/service-units?page=0", new Object[] {COORDINATOR, "name"});
        searches.put("/ancrage/api/referrals?programmeId=" + programme, new Object[] {COORDINATOR, "received"});
        searches.put("/ancrage/api/jobs/executions?page=0", new Object[] {DIRECTOR, "started"});
        searches.put("/ancrage/api/accounts?page=0", new Object[] {ADMIN, "username"});
        return searches;
    }

    /** Each list of a record or of the catalogue, who may read it, and one column it may be sorted on. */
    private static Map<String, Object[]> listsOfARecord() throws Exception {
        long measure = CaseFiles.householdWithMeasure(CaseFiles.unique("Listes"));
        long household = CaseFiles.householdOf(measure);
        long occupancy = CaseFiles.housed(measure, CaseFiles.unique("Listes"), "SUB_LEASE");
        long dwelling = TestDatabase.count("select dwelling_id from occupancy where id = " + occupancy);
        long referral = TestDatabase.count("select max(id) from referral where household_id = " + household);
        long programme = TestDatabase.count("select programme_id from measure where id = " + measure);
        Map<String, Object[]> lists = new java.util.LinkedHashMap<>();
        lists.put("/ancrage/api/measures/" + measure + "/contacts?page=0", new Object[] {COORDINATOR, "occurredAt"});
        lists.put("/ancrage/api/referrals/" + referral + "/documents?page=0", new Object[] {COORDINATOR, "addedAt"});
        lists.put("/ancrage/api/dwellings/" + dwelling + "/contracts?page=0", new Object[] {MANAGER, "start"});
        lists.put("/ancrage/api/dwellings/" + dwelling + "/occupancies?page=0", new Object[] {MANAGER, "start"});
        lists.put("/ancrage/api/dwellings/" + dwelling + "/incidents?page=0", new Object[] {MANAGER, "occurredOn"});
        lists.put("/ancrage/api/occupancies?householdId=" + household, new Object[] {MANAGER, "start"});
        lists.put("/ancrage/api/insurance?householdId=" + household, new Object[] {MANAGER, "expiresOn"});
        lists.put("/ancrage/api/insurance/expiring?page=0", new Object[] {MANAGER, "lastExpiry"});
        lists.put("/ancrage/api/rent/occupancies/" + occupancy + "/calls?page=0", new Object[] {MANAGER, "month"});
        lists.put("/ancrage/api/rent/occupancies/" + occupancy + "/repayment-plans?page=0",
                new Object[] {MANAGER, "agreedOn"});
        lists.put("/ancrage/api/rent/arrears?page=0", new Object[] {MANAGER, "total"});
        lists.put("/ancrage/api/capacity?page=0", new Object[] {DIRECTOR, "occupancyRate"});
        lists.put("/ancrage/api/capacity/" + programme + "/financed-places?page=0", new Object[] {DIRECTOR, "validFrom"});
        lists.put("/ancrage/api/programmes?page=0", new Object[] {COORDINATOR, "name"});
        lists.put("/ancrage/api/api-keys?page=0", new Object[] {ADMIN, "name"});
        lists.put("/ancrage/api/retention/rules?page=0", new Object[] {ADMIN, "category"});
        return lists;
    }

    @Test
    void everySearchAnswersItemsPageSizeAndTotal() throws Exception {
        assertOnePageShape(searches());
    }

    @Test
    void everyListOfARecordAnswersTheSamePage() throws Exception {
        Map<String, Object[]> lists = listsOfARecord();
        assertOnePageShape(lists);
        String contacts = lists.keySet().iterator().next();
        long measure = Long.parseLong(contacts.replaceAll("\\D*(\\d+)/contacts.*", "$1"));
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        for (String day : List.of("2026-03-01", "2026-03-03", "2026-03-02")) {
            assertEquals(201, COORDINATOR.post("/ancrage/api/measures/" + measure + "/contacts", "{\"occurredAt\":\""
                    + day + "T10:00:00\",\"type\":\"HOME_VISIT\",\"workerId\":" + worker + "}").statusCode());
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonObject one = object(COORDINATOR.get("/ancrage/api/measures/" + measure
                    + "/contacts?size=1&sort=occurredAt&page=" + page));
            assertEquals(3, one.getJsonNumber("total").longValue(), one.toString());
            seen.add(one.getJsonArray("items").getJsonObject(0).getString("occurredAt").substring(0, 10));
        }
        assertEquals(List.of("2026-03-01", "2026-03-02", "2026-03-03"), seen);
        JsonObject newest = object(COORDINATOR.get(contacts + "&size=1"));
        assertEquals("2026-03-03", newest.getJsonArray("items").getJsonObject(0).getString("occurredAt").substring(0, 10),
                "newest first by default");
    }

    private static void assertOnePageShape(Map<String, Object[]> lists) throws Exception {
        for (Map.Entry<String, Object[]> search : lists.entrySet()) {
            ApiClient caller = (ApiClient) search.getValue()[0];
            HttpResponse<String> first = caller.get(search.getKey() + "&size=2");
            assertEquals(200, first.statusCode(), search.getKey() + ": " + first.body());
            JsonObject page = object(first);
            assertEquals(KEYS, new java.util.TreeSet<>(page.keySet()), search.getKey());
            assertEquals(0, page.getInt("page"), search.getKey());
            assertEquals(2, page.getInt("size"), search.getKey());
            assertTrue(page.getJsonArray("items").size() <= 2, search.getKey());
            assertTrue(page.getJsonNumber("total").longValue() >= page.getJsonArray("items").size(), search.getKey());

            String sorted = search.getKey() + "&sort=" + search.getValue()[1] + ",desc";
            assertEquals(200, caller.get(sorted).statusCode(), sorted);
            HttpResponse<String> bad = caller.get(search.getKey() + "&sort=password");
            assertEquals(400, bad.statusCode(), search.getKey() + ": " + bad.body());
            assertEquals("sort", object(bad).getJsonArray("fields").getJsonObject(0).getString("field"), bad.body());
        }
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlapAndSortBothWays() throws Exception {
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        for (String name : List.of("Pagea", "Pageb", "Pagec")) {
            assertEquals(201, COORDINATOR.post("/ancrage/api/households", "{\"serviceUnitId\":" + nord
                    + ",\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Zoé\",\"relationship\":\"HEAD\"}]}")
                    .statusCode());
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonObject one = object(COORDINATOR.get("/ancrage/api/households?name=page&size=1&sort=name&page=" + page));
            assertEquals(3, one.getJsonNumber("total").longValue(), one.toString());
            JsonArray items = one.getJsonArray("items");
            assertEquals(1, items.size(), one.toString());
            seen.add(items.getJsonObject(0).getString("name"));
        }
        assertTrue(seen.get(0).toUpperCase().startsWith("PAGEA"), seen.toString());
        assertTrue(seen.get(1).toUpperCase().startsWith("PAGEB"), seen.toString());
        assertTrue(seen.get(2).toUpperCase().startsWith("PAGEC"), seen.toString());
        JsonObject reversed = object(COORDINATOR.get("/ancrage/api/households?name=page&size=1&sort=name,desc"));
        assertTrue(reversed.getJsonArray("items").getJsonObject(0).getString("name").toUpperCase().startsWith("PAGEC"),
                reversed.toString());
    }
}
