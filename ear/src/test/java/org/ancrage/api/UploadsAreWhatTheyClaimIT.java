package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A referral's documents through the API: a Word file hiding {@code facture.pdf.exe}, a PDF/HTML
 * polyglot and a name with a right-to-left override are refused and nothing is kept; a genuine
 * Word file is kept, readable by the server's account only (0600).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadsAreWhatTheyClaimIT {

    private static final ApiClient COORDINATOR = ApiClient.as("coordinatrice", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(UploadsAreWhatTheyClaimIT.class);
    }

    private static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static byte[] docx(String... extra) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : Stream.concat(Stream.of("[Content_Types].xml", "word/document.xml"), Stream.of(extra))
                    .toList()) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String path(long referral, String fileName) {
        return "/ancrage/api/referrals/" + referral + "/documents?fileName="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
    }

    @Test
    void onlyFilesThatAreWhatTheyClaimAreKeptAndOnlyForTheServer() throws Exception {
        long measure = CaseFiles.householdWithMeasure(CaseFiles.unique("Pieces"));
        long referral = TestDatabase.count("select max(id) from referral where household_id = "
                + CaseFiles.householdOf(measure));
        long before = TestDatabase.count("select count(*) from document");

        HttpResponse<String> hidden = COORDINATOR.postBytes(path(referral, "facture.docx"),
                docx("word/embeddings/facture.pdf.exe"));
        assertEquals(422, hidden.statusCode(), hidden.body());
        assertEquals("document.executableInside", object(hidden).getString("error"));

        HttpResponse<String> polyglot = COORDINATOR.postBytes(path(referral, "fiche.pdf"),
                "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("document.polyglot", object(polyglot).getString("error"), polyglot.body());

        HttpResponse<String> reversed = COORDINATOR.postBytes(path(referral, "facture\u202Efdp.exe"),
                "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("document.nameRefused", object(reversed).getString("error"), reversed.body());

        HttpResponse<String> nul = COORDINATOR.postBytes(path(referral, "facture\u0000.pdf"),
                "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, nul.statusCode(), nul.body());
        assertEquals(before, TestDatabase.count("select count(*) from document"), "nothing kept");

        HttpResponse<String> genuine = COORDINATOR.postBytes(path(referral, "bilan.docx"), docx());
        assertEquals(201, genuine.statusCode(), genuine.body());
        long id = object(genuine).getJsonNumber("id").longValue();
        Path stored = Path.of(System.getProperty("payara.home"), "glassfish", "domains",
                System.getProperty("arquillian.domain"), "ancrage-documents", Long.toString(id));
        assertTrue(Files.exists(stored), stored.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)));
    }
}
