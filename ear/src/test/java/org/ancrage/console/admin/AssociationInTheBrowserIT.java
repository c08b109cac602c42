package org.ancrage.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
 * it is saved and read back as a SIRET is read; a logo that is not an image is refused at its field, a
 * PNG is taken. (The papers bearing it: RentPapersFollowWhatIsPaidIT, LogoTest.)
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

            // The logo: a text file named like an image is refused at the field; a PNG heads the papers
            Path folder = Files.createTempDirectory("logo");
            Path disguised = Files.writeString(folder.resolve("faux.png"), "pas une image");
            browser.findElement(By.id("association:logo_input")).sendKeys(disguised.toString());
            textShows(By.id("association:logoMessage"), "doit être une image PNG ou JPEG");
            assertEquals(0, TestDatabase.count("select count(*) from association where logo is not null"));
            Path png = folder.resolve("logo.png");
            ImageIO.write(new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
            browser.findElement(By.id("association:logo_input")).sendKeys(png.toString());
            textShows(By.id("association:logoState"), "figure en tête de chaque papier");
            assertEquals(1, TestDatabase.count("select count(*) from association where logo is not null"));
        } finally {
            TestDatabase.execute("delete from association");
        }
    }
}
