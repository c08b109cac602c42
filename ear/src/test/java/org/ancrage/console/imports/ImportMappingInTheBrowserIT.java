package org.ancrage.console.imports;

import static org.ancrage.testing.CaseFiles.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The import page in Chromium: a coordinator uploads the association's own CSV (Latin-1, ";"),
 * maps by hand the identifier column the headings did not suggest, sees the dry run's outcome per
 * household with a refused row's error at its row and column, imports, follows the job to its end,
 * and finds the households in the list.
 */
class ImportMappingInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ImportMappingInTheBrowserIT.class);
    }

    @Test
    void aCoordinatorMapsAHeadingMakesADryRunAndImports() throws Exception {
        String name = unique("Importe");
        Path csv = Files.createTempFile("menages", ".csv");
        Files.write(csv, ("Code foyer;Nom;Prénom;Lien;Date de naissance\r\n"
                + "F1;" + name + ";Hélène;Chef de ménage;05/09/1980\r\n"
                + "F1;" + name + ";Léo;Enfant;01/02/2015\r\n"
                + "F2;" + name + ";Paul;Chef de famille;01/01/1970\r\n"
                + "F3;" + name + ";Jean;Chef de ménage;31/02/1975\r\n").getBytes(Charset.forName("windows-1252")));
        try {
            logIn("coordinatrice", DemoData.PASSWORD);
            open("app/files/households.xhtml");
            visible(By.id("importHouseholds")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("imports:file_input"))).sendKeys(csv.toString());

            textShows(By.id("imports:fileRead"), "4 lignes lues");
            textShows(By.id("imports:mapping:1:field_label"), "Nom");
            textShows(By.id("imports:mapping:4:field_label"), "Date de naissance");
            // "Code foyer" names no field Ancrage knows: mapped by hand to the household's identifier.
            textShows(By.id("imports:mapping:0:field_label"), "(ne pas importer)");
            choose("imports:mapping:0:field", "Identifiant du ménage (dans le fichier)");
            typeStably(By.id("imports:source"), "Fichier " + name);

            press(By.id("imports:dryRun"));
            textShows(By.id("imports:summary"), "2 à créer, 0 à mettre à jour, 0 inchangés, 1 refusés");
            textShows(By.id("imports:lines"),
                    "Ligne 5, colonne « Date de naissance » : « 31/02/1975 » n’est pas une date (attendu : 05/09/2017)");
            assertEquals(0, TestDatabase.count("select count(*) from household where import_source = 'Fichier "
                    + name + "'"), "the dry run saved nothing");

            press(By.id("imports:start"));
            press(By.cssSelector(".ui-confirmdialog-yes"));
            textShows(By.id("imports:status"), "Terminé");
            textShows(By.id("imports:counts"), "2 ménages importés, 1 refusés");

            open("app/files/households.xhtml");
            typeStably(By.id("search:name"), name);
            press(By.id("search:find"));
            textShows(By.id("search:households"), name.toUpperCase() + " Hélène");
            textShows(By.id("search:households"), name.toUpperCase() + " Paul");
            assertEquals(2, TestDatabase.count("select count(*) from household where import_source = 'Fichier "
                    + name + "'"));
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
