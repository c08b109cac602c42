package org.ancrage.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.CaseFiles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An activity report is chosen by funder and by programme; the PDF and XLSX reports leave out the
 * programmes that followed no household that year unless asked for (inactive=true), while the JSON
 * keeps them unless asked otherwise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsChosenByFunderAndProgrammeIT {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);
    private static final ApiClient DIRECTOR = ApiClient.as("direction", DemoData.PASSWORD);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(ReportsChosenByFunderAndProgrammeIT.class);
    }

    @Test
    void aReportIsChosenByFunderAndProgrammeAndLeavesOutTheProgrammesWithoutActivity() throws Exception {
        String tag = CaseFiles.unique("R").toUpperCase(Locale.ROOT);
        String funder = "Financeur du rapport " + tag;
        long active = CaseFiles.programmeCopy("RAP-A-" + tag, "Programme RAP-A-" + tag, funder);
        long idle = CaseFiles.programmeCopy("RAP-I-" + tag, "Programme RAP-I-" + tag, funder);
        long elsewhere = CaseFiles.programmeCopy("RAP-E-" + tag, "Programme RAP-E-" + tag, "Autre financeur " + tag);
        CaseFiles.followedIn(active, CaseFiles.unique("Rapport-"));
        CaseFiles.followedIn(elsewhere, CaseFiles.unique("Rapport-"));
        Statistics.compute(2026);
        String byFunder = "/ancrage/api/statistics?year=2026&funder=" + URLEncoder.encode(funder, StandardCharsets.UTF_8);

        assertEquals(Set.of(active, idle), Statistics.programmeIds(DIRECTOR.get(byFunder)), "the funder's programmes, idle one included in JSON");
        assertEquals(Set.of(active), Statistics.programmeIds(DIRECTOR.get(byFunder + "&inactive=false")));
        assertEquals(Set.of(active, elsewhere), Statistics.programmeIds(DIRECTOR.get("/ancrage/api/statistics?year=2026&programmeId=" + active
                + "&programmeId=" + elsewhere)), "chosen programmes");

        String pdf = Pdfs.text(DIRECTOR.download(byFunder, "application/pdf").body());
        assertTrue(pdf.contains("Programme RAP-A-" + tag), pdf);
        assertFalse(pdf.contains("Programme RAP-I-" + tag), "a programme without activity is left out: " + pdf);
        assertFalse(pdf.contains("Programme RAP-E-" + tag), "another funder's programme: " + pdf);
        assertTrue(Pdfs.text(DIRECTOR.download(byFunder + "&inactive=true", "application/pdf").body())
                .contains("Programme RAP-I-" + tag), "asked for, it appears");
        String cells = xlsxText(DIRECTOR.download(byFunder, XLSX).body());
        assertTrue(cells.contains("Programme RAP-A-" + tag) && !cells.contains("Programme RAP-I-" + tag), cells);

        HttpResponse<String> bad = DIRECTOR.get(byFunder + "&inactive=peut-être");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(400, DIRECTOR.get("/ancrage/api/statistics?year=2026&programmeId=abc").statusCode());
    }

    private static String xlsxText(byte[] xlsx) throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            StringBuilder cells = new StringBuilder();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append('|'))));
            return cells.toString();
        }
    }
}
