package org.ancrage.console.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A worker prints a bilan from the household file's bilans dialog: the PDF the funder receives names
 * the household, the programme, the period it closes, its author by name, and carries the assessment,
 * the gains, the needs left and the decision proposed; it is written to the trail and kept among the
 * household's documents. Through the API the same paper in English; a rental manager is refused.
 */
class BilanPdfInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(BilanPdfInTheBrowserIT.class);
    }

    @Test
    void aWorkerPrintsABilanAsTheFunderReceivesIt() throws Exception {
        String name = CaseFiles.unique("Bilan");
        long measure = CaseFiles.householdWithMeasure(name);
        long household = CaseFiles.householdOf(measure);
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        long version = TestDatabase.count("select version from measure where id = " + measure);
        var evaluated = CaseFiles.COORDINATOR.post("/ancrage/api/measures/" + measure
                + "/evaluations", "{\"version\":" + version + ",\"writtenOn\":\"2026-04-20\",\"authorId\":" + worker
                + ",\"assessment\":\"Loyer payé chaque mois depuis février\",\"gains\":\"Budget tenu seule\","
                + "\"remainingNeeds\":\"Démarches de glissement à préparer\",\"proposedDecision\":\"RENEW\"}");
        assertEquals(200, evaluated.statusCode(), evaluated.body());
        long evaluation = TestDatabase.count("select id from evaluation where measure_id = " + measure);
        String programme = TestDatabase.text("select p.name from programme p join measure m on m.programme_id = p.id"
                + " where m.id = " + measure);

        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        openTab("Mesures");
        visible(By.xpath("//button[contains(@id, 'bilans')]")).click();
        visible(By.xpath("//*[@id='bilansForm']//button[contains(@id, 'pdf')]")).click();
        String text = Pdfs.text(Files.readAllBytes(downloaded("bilan-2026-04-20.pdf")));
        for (String part : new String[] {"Bilan d’accompagnement", programme, name.toUpperCase(), "Période 1",
            "Thomas Travailleur social", "Loyer payé chaque mois depuis février", "Budget tenu seule",
            "Démarches de glissement à préparer", "Décision proposée", "renouvellement"}) {
            assertTrue(text.replaceAll("\\s+", " ").contains(part), "« " + part + " » in:\n" + text);
        }
        assertEquals(1, TestDatabase.count("select count(*) from document where household_id = " + household
                + " and generated and file_name = 'bilan-2026-04-20.pdf' and added_by = 'travailleur'"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                + " and entity_type = 'Evaluation' and entity_id = " + evaluation + " and username = 'travailleur'"));

        String path = "/ancrage/api/measures/" + measure + "/evaluations/" + evaluation + "/pdf";
        var english = ApiClient.as("travailleur", DemoData.PASSWORD).withLanguage("en").download(path, "application/pdf");
        assertEquals(200, english.statusCode());
        assertTrue(Pdfs.text(english.body()).contains("Support review"));
        assertEquals(403, ApiClient.as("gestion", DemoData.PASSWORD).download(path, "application/pdf").statusCode());
        assertEquals(403, ApiClient.as("travailleuse-sud", DemoData.PASSWORD).download(path, "application/pdf")
                .statusCode());
    }
}
