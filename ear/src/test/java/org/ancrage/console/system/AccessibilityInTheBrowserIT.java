package org.ancrage.console.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The main pages (lists, files, forms, administration) checked by axe-core (WCAG 2 A and AA rules) in Chromium: no serious
 * or critical violation — every field has its label, every button and link a name, the page its
 * language and title, no duplicate ids, enough contrast.
 */
class AccessibilityInTheBrowserIT extends BrowserTest {

    private static final List<String> COORDINATOR_PAGES = List.of("app/home.xhtml", "app/files/households.xhtml",
            "app/files/measures.xhtml", "app/files/agenda.xhtml", "app/files/referrals.xhtml",
            "app/files/landlords.xhtml", "app/files/dwellings.xhtml", "app/files/arrears.xhtml",
            "app/files/incidents.xhtml", "app/files/imports.xhtml",
            "app/reports/statistics.xhtml", "app/account/password.xhtml");
    private static final List<String> ADMINISTRATOR_PAGES = List.of("app/home.xhtml", "app/admin/accounts.xhtml",
            "app/admin/privacy.xhtml", "app/admin/jobs.xhtml", "app/admin/services.xhtml",
            "app/admin/programmes.xhtml", "app/admin/references.xhtml", "app/admin/association.xhtml",
            "app/admin/apikeys.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AccessibilityInTheBrowserIT.class);
    }

    private static String axe() throws IOException {
        try (InputStream in = AccessibilityInTheBrowserIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The serious and critical violations axe finds on the page shown, one line each. */
    private List<String> violations(String page, String axe) {
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(axe + "\n"
                + "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-failed',"
                + " impact: 'critical', help: String(e), nodes: []}])));");
        JsonArray found = Json.createReader(new StringReader((String) result)).readArray();
        List<String> lines = new ArrayList<>();
        for (JsonObject violation : found.getValuesAs(JsonObject.class)) {
            String impact = violation.getString("impact", "");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = violation.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                        .map(n -> n.getJsonArray("target").toString()).limit(3).toList();
                lines.add(page + ": " + violation.getString("id") + " (" + violation.getString("help") + ") "
                        + targets);
            }
        }
        return lines;
    }

    private List<String> check(List<String> pages, String axe) {
        List<String> all = new ArrayList<>();
        for (String page : pages) {
            open(page);
            visible(By.id("content"));
            all.addAll(violations(page, axe));
        }
        return all;
    }

    @Test
    void theMainPagesOfACoordinatorAndAnAdministratorPassAxe() throws Exception {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        String axe = axe();
        // an appointment in the week the agenda opens on, so that its events are checked too
        long measure = CaseFiles.householdWithMeasure(CaseFiles.unique("Axe"));
        long coordinator = TestDatabase.count("select id from user_account where username = 'coordinatrice'");
        assertEquals(201, CaseFiles.COORDINATOR.post("/ancrage/api/measures/" + measure + "/contacts",
                "{\"occurredAt\":\"" + LocalDate.now(ZoneId.of("Europe/Paris")).atTime(10, 0)
                        + ":00\",\"type\":\"OFFICE_APPOINTMENT\",\"workerId\":" + coordinator + "}").statusCode());
        List<String> violations = new ArrayList<>();
        open("login.xhtml");
        visible(By.id("login:username"));
        violations.addAll(violations("login.xhtml", axe));
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        violations.addAll(check(COORDINATOR_PAGES, axe));
        long household = TestDatabase.count("select id from household where reference = 'M000001'");
        long dwelling = TestDatabase.count("select id from dwelling where address = '8 rue du Bourg'");
        violations.addAll(check(List.of("app/files/household.xhtml?id=" + household,
                "app/files/dwelling.xhtml?id=" + dwelling), axe));
        browser.findElement(By.id("topbar:logout")).click();
        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        violations.addAll(check(ADMINISTRATOR_PAGES, axe));
        assertEquals(List.of(), violations);
    }
}
