package org.ancrage.console.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A landlord registered under a spreadsheet formula comes out of the console's CSV export inert
 * (the same {@code CsvCell} as the audit export, for every list), and the export is in the trail.
 */
class CsvExportsNeutraliseFormulasIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(CsvExportsNeutraliseFormulasIT.class);
    }

    @Test
    void aFormulaInAListComesOutOfTheCsvExportInert() throws Exception {
        String marker = CaseFiles.unique("Formule");
        String formula = "=HYPERLINK(\\\"http://evil.example/\\\",\\\"" + marker + "\\\")";
        assertEquals(201, CaseFiles.MANAGER.post("/ancrage/api/landlords",
                "{\"kind\":\"PRIVATE\",\"name\":\"" + formula + "\"}").statusCode());
        long exportsBefore = TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                + " and entity_type = 'ListExport' and username = 'gestion' and changes like '%landlords.xhtml%csv%'");

        logIn("gestion", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navLandlords")).click();
        visible(By.id("search:landlords"));
        browser.findElement(By.id("search:csv")).click();
        List<String> lines = Files.readAllLines(downloaded("bailleurs.csv"), StandardCharsets.UTF_8);
        String line = lines.stream().filter(l -> l.contains(marker)).findFirst().orElseThrow(() -> new AssertionError(
                "the landlord is exported: " + lines));
        assertTrue(line.startsWith("\"'=HYPERLINK("), line);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("\"=")), "no cell starts a formula");
        assertEquals(exportsBefore + 1, TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                + " and entity_type = 'ListExport' and username = 'gestion' and changes like '%landlords.xhtml%csv%'"));
    }
}
