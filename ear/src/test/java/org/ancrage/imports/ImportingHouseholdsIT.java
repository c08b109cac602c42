package org.ancrage.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ancrage.jobs.JobControl;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.JobRuns;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Households imported from an association's own CSV file, in the container on PostgreSQL: the
 * mapping suggested then remembered for the next file of the same headings, a dry run that writes
 * nothing and names each error's row and column, the import job creating, then changing nothing
 * on the same file and updating what a corrected file changed, the refused rows' XLSX, and a
 * failure mid-job restarted with nothing lost or doubled.
 */
@ExtendWith(ArquillianExtension.class)
class ImportingHouseholdsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(ImportingHouseholdsIT.class);
    }

    @EJB ImportService imports;
    @EJB JobControl jobs;
    @EJB OrganisationService organisation;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.RentalManager rentalManager;

    private long nord;

    private static final String HEADINGS = "N° dossier;Nom;Prénom;Lien;Né(e) le;Téléphone;Ressources mensuelles\r\n";

    @BeforeEach
    void service() throws Exception {
        nord = coordinator.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(Charset.forName("windows-1252"));
    }

    private static String source(String name) {
        return "IT " + name + " " + System.nanoTime();
    }

    @Test
    void headingsSuggestTheMappingAndTheOneUsedIsOfferedForTheNextFileOfTheSameShape() throws Exception {
        String headings = "Identifiant " + System.nanoTime() + ";NOM;Prénom;Date de naissance;Lieu de vie\n";
        byte[] file = latin1(headings + "X1;Durand;Hélène;05/09/1980;3 rue Haute\n");
        ImportService.Reading first = coordinator.call(() -> imports.read("menages.csv", file));
        assertFalse(first.saved());
        Map<String, ImportField> suggested = first.mapping().byHeading();
        assertEquals(ImportField.LAST_NAME, suggested.get("NOM"));
        assertEquals(ImportField.FIRST_NAME, suggested.get("Prénom"));
        assertEquals(ImportField.BIRTH_DATE, suggested.get("Date de naissance"));
        assertEquals(ImportField.KEY, suggested.get(first.table().headings().get(0)));
        assertFalse(suggested.containsKey("Lieu de vie"), "no heading names it exactly: " + suggested);

        // The importer maps the address by hand; the next file of the same headings is offered that mapping.
        Map<String, ImportField> chosen = new LinkedHashMap<>(suggested);
        chosen.put("Lieu de vie", ImportField.ADDRESS);
        coordinator.call(() -> imports.prepare("menages.csv", file, source("shape"), new ColumnMapping(chosen), nord));
        ImportService.Reading next = coordinator.call(() -> imports.read("menages-2.csv",
                latin1(headings + "X2;Martin;Paul;01/01/1970;8 rue Basse\n")));
        assertTrue(next.saved());
        assertEquals(ImportField.ADDRESS, next.mapping().byHeading().get("Lieu de vie"));
        assertEquals(chosen, next.mapping().byHeading());
    }

    @Test
    void aDryRunWritesNothingAndSaysEachErrorWithItsRowAndColumn() throws Exception {
        String source = source("dry");
        byte[] file = latin1(HEADINGS
                + "D1;Durand;Hélène;Chef de ménage;05/09/1980;06 12 34 56 78;1 234,50\r\n"
                + "D1;Durand;Léo;Enfant;31/02/2017;;\r\n"
                + "D2;Martin;;Chef de famille;01/01/1970;;mille\r\n"
                + "D3;Petit;Jean;Chef de ménage;02/03/1975;;\r\n");
        ColumnMapping mapping = coordinator.call(() -> imports.read("dry.csv", file)).mapping();
        long households = TestDatabase.count("select count(*) from household");
        long trail = TestDatabase.count("select count(*) from audit_entry");

        ImportService.DryRun dry = coordinator.call(() -> imports.dryRun("dry.csv", file, source, mapping, nord,
                Locale.FRENCH));

        assertEquals(households, TestDatabase.count("select count(*) from household"), "a dry run creates nothing");
        assertEquals(trail, TestDatabase.count("select count(*) from audit_entry"), "nor writes to the trail");
        assertEquals(List.of(ImportOutcome.REFUSED, ImportOutcome.REFUSED, ImportOutcome.CREATE),
                dry.lines().stream().map(ImportService.Line::outcome).toList());
        assertEquals("2, 3", dry.lines().get(0).rows());
        assertEquals(List.of("Ligne 3, colonne « Né(e) le » : « 31/02/2017 » n’est pas une date (attendu : 05/09/2017)"),
                dry.lines().get(0).errors());
        assertEquals(List.of("Ligne 4, colonne « Prénom » : valeur obligatoire",
                "Ligne 4, colonne « Ressources mensuelles » : « mille » n’est pas un montant (attendu : 1 234,50)"),
                dry.lines().get(1).errors());
        assertEquals("PETIT Jean", dry.lines().get(2).name());

        // Only those who may create households may import.
        assertThrows(EJBAccessException.class, () -> rentalManager.call(() -> imports.dryRun("dry.csv", file, source,
                mapping, nord, Locale.FRENCH)));
    }

    private long importAndWait(String fileName, byte[] file, String source, Integer itemCount, BatchStatus expected)
            throws Exception {
        ColumnMapping mapping = coordinator.call(() -> imports.read(fileName, file)).mapping();
        long importId = coordinator.call(() -> imports.prepare(fileName, file, source, mapping, nord));
        long execution = coordinator.call(() -> jobs.startImport(importId, itemCount));
        assertEquals(expected, JobRuns.awaitEnd(administrator, jobs, execution));
        return importId;
    }

    private static long imported(String source) throws Exception {
        return TestDatabase.count("select count(*) from household where import_source = '" + source + "'");
    }

    private static long importEntries(String source) throws Exception {
        return TestDatabase.count("select count(*) from audit_entry where action = 'IMPORT' and changes::text like '%"
                + source + "%'");
    }

    @Test
    void theImportCreatesTheSameFileAgainChangesNothingAndACorrectedFileUpdatesWhatChanged() throws Exception {
        String source = source("idem");
        String durand = "I1;Durand;Hélène;Chef de ménage;05/09/1980;06 12 34 56 78;1 234,50\r\n"
                + "I1;Durand;Léo;Enfant;01/02/2015;;\r\n";
        String martin = "I2;Martin;Paul;Chef de famille;01/01/1970;;850\r\n";
        byte[] file = latin1(HEADINGS + durand + martin + "I3;Petit;Jean;Chef de ménage;32/13/1975;;\r\n");

        long first = importAndWait("menages.csv", file, source, null, BatchStatus.COMPLETED);
        assertEquals(2, imported(source));
        assertEquals(3, TestDatabase.count("select count(*) from person p join household h on h.id = p.household_id"
                + " where h.import_source = '" + source + "'"));
        assertEquals("06 12 34 56 78;1234.50", TestDatabase.text("select phone || ';' || monthly_resources from household"
                + " where import_source = '" + source + "' and import_key = 'I1'"));
        assertEquals(2, importEntries(source));
        String entry = TestDatabase.text("select username || ' ' || changes::text from audit_entry where action = 'IMPORT'"
                + " and changes::text like '%" + source + "%' and changes::text like '%\"I1\"%'");
        assertTrue(entry.contains("coordinator") && entry.contains("menages.csv") && entry.contains("\"rows\":\"2, 3\""),
                entry);
        assertEquals(1, coordinator.call(() -> imports.refusedRowCount(first)));

        String versions = TestDatabase.text("select string_agg(version::text, ',' order by import_key) from household"
                + " where import_source = '" + source + "'");
        long trail = TestDatabase.count("select count(*) from audit_entry");
        importAndWait("menages.csv", file, source, null, BatchStatus.COMPLETED);
        assertEquals(2, imported(source), "the same file twice adds nothing");
        assertEquals(versions, TestDatabase.text("select string_agg(version::text, ',' order by import_key)"
                + " from household where import_source = '" + source + "'"), "nor changes anything");
        assertEquals(trail, TestDatabase.count("select count(*) from audit_entry"), "nor writes to the trail");

        // The corrected file: Hélène's phone changed, Jean's birth date fixed, Martin as he was.
        byte[] corrected = latin1(HEADINGS + durand.replace("06 12 34 56 78", "07 00 00 00 01") + martin
                + "I3;Petit;Jean;Chef de ménage;02/03/1975;;\r\n");
        ColumnMapping mapping = coordinator.call(() -> imports.read("corrige.csv", corrected)).mapping();
        assertEquals(List.of(ImportOutcome.UPDATE, ImportOutcome.UNCHANGED, ImportOutcome.CREATE),
                coordinator.call(() -> imports.dryRun("corrige.csv", corrected, source, mapping, nord, Locale.FRENCH))
                        .lines().stream().map(ImportService.Line::outcome).toList());
        importAndWait("corrige.csv", corrected, source, null, BatchStatus.COMPLETED);
        assertEquals(3, imported(source));
        assertEquals("07 00 00 00 01", TestDatabase.text("select phone from household where import_source = '"
                + source + "' and import_key = 'I1'"));
        assertEquals(4, importEntries(source), "an update and a creation audited as imports");
        assertEquals(2, TestDatabase.count("select count(*) from person p join household h on h.id = p.household_id"
                + " where h.import_source = '" + source + "' and h.import_key = 'I1'"), "nobody added twice");
    }

    @Test
    void theRefusedRowsComeBackAsAnXlsxWithTheReasonBesideEach() throws Exception {
        String source = source("refused");
        byte[] file = (HEADINGS + "R1;Durand;Hélène;Chef de ménage;05/09/1980;;\r\n"
                + "R2;Martin;Paul;Cousin;01/01/1970;;\r\n"
                + "R3;Petit;Jean;Chef de ménage;1975;;\r\n").getBytes(StandardCharsets.UTF_8);
        long importId = importAndWait("menages.csv", file, source, null, BatchStatus.COMPLETED);
        assertEquals(1, imported(source));

        byte[] xlsx = coordinator.call(() -> imports.refusedRows(importId));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row top = sheet.getRow(0);
            assertEquals("N° dossier", top.getCell(0).getStringCellValue());
            assertEquals("Motif du refus", top.getCell(7).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum(), "two refused rows under the headings");
            assertEquals("Martin", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("colonne « Lien » : « Cousin » n’est pas une valeur connue",
                    sheet.getRow(1).getCell(7).getStringCellValue());
            assertEquals("1975", sheet.getRow(2).getCell(4).getStringCellValue());
            assertEquals("colonne « Né(e) le » : « 1975 » n’est pas une date (attendu : 05/09/2017)",
                    sheet.getRow(2).getCell(7).getStringCellValue());
        }
    }

    @Test
    void aFailureMidJobIsRestartedWithNothingLostOrDoubled() throws Exception {
        String source = source("restart");
        StringBuilder rows = new StringBuilder(HEADINGS);
        for (int i = 1; i <= 7; i++) {
            rows.append("F").append(i).append(';').append(i == 5 ? "Panne" : "Reprise").append(";Inès").append(i)
                    .append(";Chef de ménage;04/05/1988;;\r\n");
        }
        byte[] file = latin1(rows.toString());
        TestDatabase.execute("create or replace function import_it_failure() returns trigger as $$ begin"
                + " if new.last_name = 'Panne' then raise exception 'injected failure'; end if;"
                + " return new; end $$ language plpgsql");
        TestDatabase.execute("create trigger import_it_failure before insert on person for each row"
                + " execute function import_it_failure()");
        long failed;
        try {
            ColumnMapping mapping = coordinator.call(() -> imports.read("panne.csv", file)).mapping();
            long importId = coordinator.call(() -> imports.prepare("panne.csv", file, source, mapping, nord));
            failed = coordinator.call(() -> jobs.startImport(importId, 2));
            assertEquals(BatchStatus.FAILED, JobRuns.awaitEnd(administrator, jobs, failed));
        } finally {
            TestDatabase.execute("drop trigger import_it_failure on person");
            TestDatabase.execute("drop function import_it_failure()");
        }
        // Chunks of two: the first two committed, the third (F5 with F6) rolled back.
        assertEquals(4, imported(source));

        long restarted = coordinator.call(() -> jobs.restartImport(failed));
        assertEquals(BatchStatus.COMPLETED, JobRuns.awaitEnd(administrator, jobs, restarted));
        assertEquals(7, imported(source));
        assertEquals(7, importEntries(source), "each household imported once");
    }
}
