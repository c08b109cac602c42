package org.ancrage.console.admin;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator writes the text of the second rent reminder in Chromium: a field the letter lacks is
 * refused at the text, the preview fills in sample values, the save makes version 1 and lists it.
 */
class LettersInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(LettersInTheBrowserIT.class);
    }

    @AfterEach
    void shippedTextsAgain() throws Exception {
        TestDatabase.execute("delete from letter_template");
    }

    @Test
    void anAdministratorWritesALettersTextPreviewsItAndSavesAVersion() throws Exception {
        logIn("administration", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navLetters")).click();
        choose("letters:kind", "Relance de loyer : second rappel");
        textShows(By.id("letters:version"), "Version 0");

        typeStably(By.id("letters:body"), "Bonjour ${nom},\n\nIl reste ${owed} à payer.");
        press(By.id("letters:preview"));
        textShows(By.id("letters:bodyMessage"), "Cette lettre n’a pas de champ « nom »");

        typeStably(By.id("letters:body"), "Bonjour ${household},\n\nIl reste ${owed} à payer.");
        press(By.id("letters:preview"));
        textShows(By.id("letters:previewed"), "Bonjour MARTIN Awa,");
        textShows(By.id("letters:previewed"), "Il reste 660,00 € à payer.");
        screenshot("letters-preview");

        press(By.id("letters:save"));
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        textShows(By.id("letters:version"), "Version 1");
        textShows(By.id("letters:history"), "second rappel");
    }
}
