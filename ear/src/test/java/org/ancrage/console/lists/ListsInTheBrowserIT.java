package org.ancrage.console.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The measure and landlord lists in Chromium: narrowed by the search form, sorted by the database
 * when a header is clicked (both ways), exported as the filtered list; a landlord registered with a
 * bad e-mail is refused at the field, then registered, and an edit made on a version someone else
 * has since changed is refused with the conflict message.
 */
class ListsInTheBrowserIT extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ListsInTheBrowserIT.class);
    }

    private void search() {
        String before = browser.findElement(By.id("search:measures")).getText();
        browser.findElement(By.id("search:find")).click();
        wait.until(d -> !d.findElement(By.id("search:measures")).getText().equals(before));
    }

    /** The texts of one column on the page shown, read again if ajax redraws the table meanwhile. */
    private List<String> column(String table, int index) {
        return wait.until(driver -> {
            List<String> cells = new ArrayList<>();
            for (WebElement row : driver.findElements(By.cssSelector("[id='search:" + table + "_data'] > tr"))) {
                List<WebElement> tds = row.findElements(By.tagName("td"));
                if (tds.size() > index) {
                    cells.add(tds.get(index).getText().trim());
                }
            }
            return cells;
        });
    }

    /** How many rows the list has in all, as its paginator says ("1–25 / 26"). */
    private long total(String table) {
        String report = browser.findElement(By.cssSelector("[id='search:" + table + "_paginator_bottom']"
                + " .ui-paginator-current")).getText();
        return Long.parseLong(report.substring(report.indexOf('/') + 1).trim());
    }

    private List<LocalDate> periodEnds() {
        return column("measures", 6).stream().map(text -> text.replaceAll("\\s*\\(\\d+\\)$", ""))
                .map(text -> text.isEmpty() ? null : LocalDate.parse(text, DAY)).toList();
    }

    private void sortOn(String header, String ariaSort) {
        browser.findElement(By.id(header)).click();
        wait.until(ExpectedConditions.attributeToBe(By.id(header), "aria-sort", ariaSort));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-datatable-loading")));
    }

    private static void assertSorted(List<LocalDate> dates, Comparator<LocalDate> order) {
        List<LocalDate> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.nullsLast(order));
        assertEquals(sorted, dates, "period ends as the page shows them");
    }

    @Test
    void measuresAreFilteredSortedByTheDatabaseAndExported() throws Exception {
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navMeasures")).click();
        visible(By.id("search:measures"));

        visible(By.id("search:name")).sendKeys("benali");
        search();
        List<String> households = column("measures", 1);
        assertFalse(households.isEmpty());
        assertTrue(households.stream().allMatch(h -> h.startsWith("BENALI")), households.toString());

        browser.findElement(By.id("search:name")).clear();
        search();
        assertTrue(periodEnds().size() >= 3, "the demo measures of the Nord service are listed");
        sortOn("search:measures:periodEnd", "ascending");
        List<LocalDate> ascending = periodEnds();
        assertSorted(ascending, Comparator.naturalOrder());
        sortOn("search:measures:periodEnd", "descending");
        List<LocalDate> descending = periodEnds();
        assertSorted(descending, Comparator.reverseOrder());
        assertTrue(!ascending.equals(descending), "the two orders differ on the demo data");
        screenshot("measures");

        long total = total("measures");
        browser.findElement(By.id("search:csv")).click();
        List<String> lines = Files.readAllLines(downloaded("mesures.csv"), StandardCharsets.UTF_8);
        assertEquals(total + 1, lines.size(), "a header and every measure of the filtered list: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("BENALI Samira")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("Terminée")), "only open measures, as filtered");
    }

    /** The first letters of the household names shown (households without a head show their reference). */
    private List<Character> initials() {
        return column("households", 1).stream().filter(n -> !n.isEmpty() && !n.matches("M\\d+"))
                .map(n -> Character.toUpperCase(n.charAt(0))).toList();
    }

    @Test
    void householdsAreSortedByNameBothWays() throws Exception {
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navHouseholds")).click();
        visible(By.id("search:households"));
        sortOn("search:households:name", "ascending");
        List<Character> ascending = initials();
        assertTrue(ascending.size() >= 3, ascending.toString());
        List<Character> sorted = new ArrayList<>(ascending);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, ascending);
        sortOn("search:households:name", "descending");
        List<Character> descending = initials();
        sorted = new ArrayList<>(descending);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, descending);
        assertTrue(!ascending.equals(descending), "the demo names start with different letters");
    }

    @Test
    void theCoordinatorsHomeLeadsToThePeriodsEndingSoon() throws Exception {
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        String link = visible(By.id("periodsEndingLink")).getText();
        long announced = Long.parseLong(link.substring(0, link.indexOf(' ')));
        browser.findElement(By.id("periodsEndingLink")).click();
        visible(By.id("search:measures"));
        List<LocalDate> ends = periodEnds();
        assertEquals(announced, total("measures"), "the home page's count is the list's: " + link);
        LocalDate limit = LocalDate.now().plusDays(60);
        assertTrue(ends.stream().allMatch(end -> end != null && !end.isAfter(limit)), ends.toString());
        List<String> households = column("measures", 1);
        assertTrue(households.contains("DIALLO Aminata") && households.contains("MARTIN Julien"), households.toString());
        assertFalse(households.contains("BENALI Samira"), "her first period ends in February");
        assertEquals(limit.format(DAY), browser.findElement(By.id("search:endingBy_input")).getAttribute("value"));
    }

    @Test
    void aLandlordIsRegisteredAfterABadEmailAndAStaleEditIsRefused() throws Exception {
        String name = "SCI Essai " + Long.toString(System.nanoTime(), 36);
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navLandlords")).click();
        visible(By.id("search:register")).click();

        typeStably(By.id("landlordForm:editedName"), name);
        typeStably(By.id("landlordForm:email"), "pas-une-adresse");
        browser.findElement(By.id("landlordForm:save")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("landlordForm:email"), "class", "ui-state-error"));
        assertFalse(browser.findElement(By.id("landlordForm:messages")).getText().isBlank());

        typeStably(By.id("landlordForm:email"), "contact@sci-essai.example");
        browser.findElement(By.id("landlordForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:messages"), "enregistré"));

        visible(By.id("search:name")).sendKeys(name);
        browser.findElement(By.id("search:find")).click();
        wait.until(d -> column("landlords", 0).equals(List.of(name)));

        visible(By.id("search:landlords:0:edit")).click();
        visible(By.id("landlordForm:contactPerson"));
        var manager = ApiClient.as("gestion", DemoData.PASSWORD);
        var found = Json.createReader(new StringReader(manager.get("/ancrage/api/landlords?name="
                + name.replace(' ', '+')).body())).readObject().getJsonArray("items").getJsonObject(0);
        var changed = manager.put("/ancrage/api/landlords/" + found.getJsonNumber("id").longValue(),
                "{\"version\":" + found.getJsonNumber("version").longValue() + ",\"kind\":\"PRIVATE\",\"name\":\""
                        + name + "\",\"phone\":\"03 29 00 00 00\"}");
        assertEquals(200, changed.statusCode(), changed.body());

        typeStably(By.id("landlordForm:contactPerson"), "Mme Durand");
        browser.findElement(By.id("landlordForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("landlordForm:messages"),
                "modifié par quelqu’un d’autre"));
        screenshot("landlord-conflict");
        var after = Json.createReader(new StringReader(manager.get("/ancrage/api/landlords?name="
                + name.replace(' ', '+')).body())).readObject().getJsonArray("items").getJsonObject(0);
        assertEquals("03 29 00 00 00", after.getString("phone"), "the other change was kept");
        assertTrue(!after.containsKey("contactPerson") || after.isNull("contactPerson"), "the stale edit wrote nothing");
    }

    @Test
    void aCoordinatorSuspendsAMeasureOnceTheDatesHold() throws Exception {
        String name = "Suspens" + Long.toString(System.nanoTime(), 36);
        long unit = TestDatabase.count("select id from service_unit where code = 'NORD'");
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        long programme = TestDatabase.count("select id from programme where code = 'ALSA-IML-SOUS-LOCATION'");
        var coordinator = ApiClient.as("coordinatrice", DemoData.PASSWORD);
        var household = Json.createReader(new StringReader(coordinator.post("/ancrage/api/households",
                "{\"serviceUnitId\":" + unit + ",\"residenceStatusValidUntil\":\"2030-01-01\","
                        + "\"members\":[{\"lastName\":\"" + name + "\",\"firstName\":\"Lina\","
                        + "\"birthDate\":\"1990-05-05\",\"sex\":\"F\",\"relationship\":\"HEAD\"}]}").body()))
                .readObject().getJsonObject("household").getJsonNumber("id").longValue();
        var referral = Json.createReader(new StringReader(coordinator.post("/ancrage/api/referrals",
                "{\"householdId\":" + household + ",\"programmeId\":" + programme
                        + ",\"orientingBody\":\"SIAO\",\"receivedOn\":\"" + LocalDate.now().minusDays(20) + "\"}").body()))
                .readObject();
        var admitted = coordinator.post("/ancrage/api/referrals/" + referral.getJsonNumber("id") + "/admission",
                "{\"version\":" + referral.getJsonNumber("version") + ",\"referentWorkerId\":" + worker
                        + ",\"serviceUnitId\":" + unit + ",\"start\":\"" + LocalDate.now().minusDays(10) + "\"}");
        assertEquals(200, admitted.statusCode(), admitted.body());
        long measure = Json.createReader(new StringReader(admitted.body())).readObject().getJsonNumber("id").longValue();

        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navMeasures")).click();
        visible(By.id("search:name")).sendKeys(name);
        search();
        visible(By.id("search:measures:0:suspend")).click();
        typeStably(By.id("suspendForm:from_input"), LocalDate.now().format(DAY));
        typeStably(By.id("suspendForm:to_input"), LocalDate.now().minusDays(1).format(DAY));
        typeStably(By.id("suspendForm:reason"), "Hospitalisation");
        browser.findElement(By.id("suspendForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suspendForm:messages"),
                "date de fin qui ne la précède pas"));
        assertEquals(0, TestDatabase.count("select count(*) from measure_suspension where measure_id = " + measure));

        typeStably(By.id("suspendForm:to_input"), LocalDate.now().plusDays(14).format(DAY));
        browser.findElement(By.id("suspendForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:messages"), "suspendue"));
        assertEquals(1, TestDatabase.count("select count(*) from measure_suspension where measure_id = " + measure));
    }
}
