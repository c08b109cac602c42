package org.ancrage.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * An administrator describes the association its papers name (Administration › Association): a
 * SIRET whose key fails is refused at its field with what was typed kept and nothing saved; corrected,
 * it is saved and read back as a SIRET is read. (The papers bearing it: RentPapersFollowWhatIsPaidIT.)
 */
class AssociationInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AssociationInTheBrowserIT.class);
    }

    @Test
    void anAdministratorDescribesTheAssociationAndABadSiretIsRefusedAtItsField() throws Exception {
        TestDatabase.execute("delete from association");
        try {
            logIn("administration", DemoData.PASSWORD);
            visible(By.id("welcome"));
            visible(By.id("navAssociation")).click();
            textShows(By.id("association:notYet"), "pas encore décrite");
            typeStably(By.id("association:name"), "Association Toit Meusien");
            browser.findElement(By.id("association:address")).sendKeys("12 rue de la Paix", Keys.ENTER, "55100 Verdun");
            typeStably(By.id("association:siret"), "732 829 320 00075");
            typeStably(By.id("association:signatory"), "Marie Durand, directrice");
            press(By.id("association:save"));
            textShows(By.id("association:siretMessage"), "n’est pas un SIRET");
            assertEquals(0, TestDatabase.count("select count(*) from association"), "nothing saved");
            assertEquals("Association Toit Meusien", browser.findElement(By.id("association:name")).getAttribute("value"));
            screenshot("association-siret-refused");

            browser.findElement(By.id("association:siret")).clear();
            typeStably(By.id("association:siret"), "73282932000074");
            press(By.id("association:save"));
            growlShows("enregistrée");
            assertEquals("73282932000074", TestDatabase.text("select siret from association"));
            assertEquals("12 rue de la Paix\n55100 Verdun", TestDatabase.text("select address from association"));

            open("app/admin/association.xhtml");
            assertEquals("732 829 320 00074", visible(By.id("association:siret")).getAttribute("value"));
            assertEquals("Marie Durand, directrice", browser.findElement(By.id("association:signatory")).getAttribute("value"));
            assertTrue(browser.findElements(By.id("association:notYet")).isEmpty());
        } finally {
            TestDatabase.execute("delete from association");
        }
    }
}
