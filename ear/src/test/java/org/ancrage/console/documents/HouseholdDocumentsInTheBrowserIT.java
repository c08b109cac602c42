package org.ancrage.console.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The household file's Documents tab: a worker of the household's service adds a document by
 * upload; it is listed with its kind, where it came from, when and by whom (by name), beside the
 * documents that came with a referral; downloaded with the bytes uploaded, the download written to
 * the trail. A file that is not what its name says is refused at the upload field and nothing is
 * kept. Through the API, the same list and the same door; the rental manager reads the file's
 * documents but not the referral's; another service's worker is refused.
 */
class HouseholdDocumentsInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(HouseholdDocumentsInTheBrowserIT.class);
    }

    @Test
    void aWorkerAddsADocumentToTheFileReadsWhoAddedItAndDownloadsIt() throws Exception {
        String name = CaseFiles.unique("Papiers");
        long household = CaseFiles.householdOf(CaseFiles.householdWithMeasure(name));
        long referral = TestDatabase.count("select id from referral where household_id = " + household);
        String referralFile = "fiche-siao-" + name.toLowerCase() + ".pdf";
        assertEquals(201, CaseFiles.COORDINATOR.postBytes("/ancrage/api/referrals/" + referral
                + "/documents?fileName=" + referralFile, pdf("fiche SIAO")).statusCode());

        Path upload = Files.createTempDirectory("ancrage-upload").resolve("avis-imposition-" + name.toLowerCase() + ".pdf");
        byte[] content = pdf("avis d'imposition de " + name);
        Files.write(upload, content);
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        openTab("Documents");
        browser.findElement(By.id("file:tabs:upload_input")).sendKeys(upload.toString());
        growlShows("ajouté au dossier");
        String uploadName = upload.getFileName().toString();
        String row = "//*[@id='file:tabs:documents']//tr[td[contains(., '" + uploadName + "')]]";
        textShows(By.xpath(row), "Thomas Travailleur social");
        textShows(By.xpath(row), "Dossier");
        textShows(By.xpath("//*[@id='file:tabs:documents']//tr[td[contains(., '" + referralFile + "')]]"), "Orientation");
        screenshot("household-documents");

        visible(By.xpath(row + "//a[contains(@id, 'download')]")).click();
        assertArrayEquals(content, Files.readAllBytes(downloaded(uploadName)));
        long document = TestDatabase.count("select id from document where household_id = " + household
                + " and referral_id is null");
        assertEquals("travailleur", TestDatabase.text("select added_by from document where id = " + document));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'READ'"
                + " and entity_type = 'Document' and entity_id = " + document + " and username = 'travailleur'"));

        // A program renamed .pdf: refused at the field, nothing kept.
        Path disguised = upload.resolveSibling("releve-" + name.toLowerCase() + ".pdf");
        Files.write(disguised, "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        browser.findElement(By.id("file:tabs:upload_input")).sendKeys(disguised.toString());
        textShows(By.id("file:tabs:uploadMessage"), "n’est pas accepté");
        assertEquals(2, TestDatabase.count("select count(*) from document where household_id = " + household));

        // The API: the same list, the same bytes; another service's worker refused, and recorded.
        String documents = "/ancrage/api/households/" + household + "/documents";
        String listed = ApiClient.as("travailleur", DemoData.PASSWORD).get(documents).body();
        assertTrue(listed.contains(uploadName) && listed.contains(referralFile) && listed.contains("\"total\":2"), listed);
        var served = ApiClient.as("travailleur", DemoData.PASSWORD).download(documents + "/" + document, "*/*");
        assertEquals(200, served.statusCode());
        assertArrayEquals(content, served.body());
        // The rental manager of the service adds an inspection's report and reads the file's documents,
        // not what came with a referral.
        assertEquals(201, ApiClient.as("gestion", DemoData.PASSWORD).postBytes(documents
                + "?fileName=etat-des-lieux-entree.pdf", pdf("état des lieux d'entrée")).statusCode());
        String managers = ApiClient.as("gestion", DemoData.PASSWORD).get(documents).body();
        assertTrue(managers.contains("etat-des-lieux-entree.pdf"), managers);
        assertTrue(managers.contains(uploadName) && !managers.contains(referralFile), managers);
        long referralDocument = TestDatabase.count("select id from document where referral_id = " + referral);
        assertEquals(403, ApiClient.as("gestion", DemoData.PASSWORD).download(documents + "/" + referralDocument, "*/*")
                .statusCode());
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'REFUSED'"
                + " and username = 'gestion' and entity_type = 'ReferralDocument' and entity_id = " + referralDocument));
        assertEquals(403, ApiClient.as("travailleuse-sud", DemoData.PASSWORD).get(documents).statusCode());
        assertEquals(403, ApiClient.as("travailleuse-sud", DemoData.PASSWORD).postBytes(documents + "?fileName=x.pdf",
                pdf("intrus")).statusCode());
        assertEquals(3, TestDatabase.count("select count(*) from document where household_id = " + household),
                "the upload, the referral's and the inspection's; nothing from another service");
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n" + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }
}
