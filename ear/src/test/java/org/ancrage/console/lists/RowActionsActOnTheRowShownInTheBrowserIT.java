package org.ancrage.console.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A row's button on a paged list acts on the record that row showed, on the version it showed,
 * whatever happened to the list meanwhile: the rental manager reads the dwellings of a town, a
 * colleague registers another that sorts first, and "Mettre en travaux" on the first row shown
 * still moves the dwelling that row named (the list keeps the rows it drew, it does not look them
 * up again by their place); once a colleague has changed that dwelling, the same button is refused
 * as a concurrent edit and nothing is written.
 */
class RowActionsActOnTheRowShownInTheBrowserIT extends BrowserTest {

    private static final ApiClient MANAGER = ApiClient.as("gestion", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(RowActionsActOnTheRowShownInTheBrowserIT.class);
    }

    private static long dwelling(long landlord, String address, String city) throws Exception {
        long nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        return CaseFiles.id(MANAGER.post("/ancrage/api/dwellings", "{\"landlordId\":" + landlord + ",\"serviceUnitId\":"
                + nord + ",\"address\":\"" + address + "\",\"postcode\":\"55100\",\"city\":\"" + city + "\","
                + "\"size\":\"T2\",\"surface\":41,\"floor\":1,\"rent\":390.00,\"charges\":40.00}"));
    }

    private static String state(long dwelling) throws Exception {
        return TestDatabase.text("select state from dwelling where id = " + dwelling);
    }

    @Test
    void aRowButtonActsOnTheDwellingItShowedAndOnTheVersionItShowed() throws Exception {
        String city = CaseFiles.unique("Rangs");
        long landlord = CaseFiles.id(MANAGER.post("/ancrage/api/landlords", "{\"kind\":\"PRIVATE\",\"name\":\"SCI "
                + city + "\"}"));
        long shown = dwelling(landlord, "5 rue des Lignes", city);

        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/dwellings.xhtml");
        typeStably(By.id("search:city"), city);
        press(By.id("search:find"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:dwellings"), "5 rue des Lignes"));

        // a colleague registers a dwelling that the same list now sorts first
        long first = dwelling(landlord, "1 rue des Lignes", city);
        press(By.xpath("//tbody[@id='search:dwellings_data']/tr[1]//button[contains(@id, ':startWorks')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:messages"), "5 rue des Lignes"));
        assertEquals("IN_WORKS", state(shown));
        assertEquals("AVAILABLE", state(first));

        // the list now shows it in works; a colleague ends the works meanwhile
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tbody[@id='search:dwellings_data']"
                + "/tr[contains(., '5 rue des Lignes')]//button[contains(@id, ':endWorks')]")));
        long version = TestDatabase.count("select version from dwelling where id = " + shown);
        assertEquals(200, MANAGER.post("/ancrage/api/dwellings/" + shown + "/works/end", "{\"version\":" + version + "}")
                .statusCode());
        assertEquals(200, MANAGER.post("/ancrage/api/dwellings/" + shown + "/works", "{\"version\":" + (version + 1)
                + "}").statusCode());
        long changed = TestDatabase.count("select version from dwelling where id = " + shown);
        press(By.xpath("//tbody[@id='search:dwellings_data']/tr[contains(., '5 rue des Lignes')]"
                + "//button[contains(@id, ':endWorks')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:messages"),
                "modifié par quelqu’un d’autre"));
        assertEquals("IN_WORKS", state(shown));
        assertEquals(changed, TestDatabase.count("select version from dwelling where id = " + shown));
    }
}
