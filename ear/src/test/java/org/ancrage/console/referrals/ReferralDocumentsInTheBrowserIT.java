package org.ancrage.console.referrals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * A referral's documents are downloaded from the household file's Orientations tab by a worker of
 * the household's service: saved by Chromium under their own name with the bytes uploaded, served
 * as an attachment of their type, and each download written to the trail; another service's worker
 * is refused, and the refusal written too.
 */
class ReferralDocumentsInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ReferralDocumentsInTheBrowserIT.class);
    }

    @Test
    void aWorkerOfTheServiceDownloadsAReferralsDocumentAndAnotherServicesWorkerIsRefused() throws Exception {
        String name = CaseFiles.unique("Piece");
        long household = CaseFiles.householdOf(CaseFiles.householdWithMeasure(name));
        long referral = TestDatabase.count("select id from referral where household_id = " + household);
        String fileName = "fiche-siao-" + name.toLowerCase() + ".pdf";
        byte[] content = ("%PDF-1.4\nfiche SIAO de " + name + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(201, CaseFiles.COORDINATOR.postBytes("/ancrage/api/referrals/" + referral
                + "/documents?fileName=" + fileName, content).statusCode());
        long document = TestDatabase.count("select id from document where referral_id = " + referral);

        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/files/household.xhtml?id=" + household);
        openTab("Orientations");
        visible(By.xpath("//*[@id='file:tabs:referrals']//a[contains(., '" + fileName + "')]")).click();
        assertArrayEquals(content, Files.readAllBytes(downloaded(fileName)));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'READ'"
                + " and entity_type = 'Document' and entity_id = " + document + " and username = 'travailleur'"
                + " and household_id = " + household));

        // the same door through the API: its type, as an attachment; another service's worker refused
        String path = "/ancrage/api/referrals/" + referral + "/documents/" + document;
        var served = ApiClient.as("travailleur", DemoData.PASSWORD).download(path, "*/*");
        assertEquals(200, served.statusCode());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElse(""));
        String disposition = served.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains(fileName), disposition);
        assertArrayEquals(content, served.body());

        var refused = ApiClient.as("travailleuse-sud", DemoData.PASSWORD).download(path, "*/*");
        assertEquals(403, refused.statusCode());
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'REFUSED'"
                + " and username = 'travailleuse-sud' and household_id = " + household));
        assertEquals(0, TestDatabase.count("select count(*) from audit_entry where action = 'READ'"
                + " and entity_type = 'Document' and username = 'travailleuse-sud'"));
    }
}
