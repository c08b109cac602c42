package org.ancrage.console.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A change made in the console is written to the trail in the name of the person logged in, never "system". */
class TheTrailNamesTheConsoleUserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(TheTrailNamesTheConsoleUserIT.class);
    }

    @Test
    void aLandlordRegisteredInTheConsoleIsRecordedInTheManagersName() throws Exception {
        String name = "SCI Trace " + Long.toString(System.nanoTime(), 36);
        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navLandlords")).click();
        visible(By.id("search:register")).click();
        typeStably(By.id("landlordForm:editedName"), name);
        browser.findElement(By.id("landlordForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:messages"), "enregistré"));

        assertEquals("gestion", TestDatabase.text("select string_agg(distinct username, ',') from audit_entry"
                + " where entity_type = 'Landlord' and action = 'CREATE' and changes like '%" + name + "%'"));
    }
}
