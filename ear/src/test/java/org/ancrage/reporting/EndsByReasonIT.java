package org.ancrage.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ancrage.jobs.JobControl;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.Pdfs;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ends of a past year by reason (issue 18), against a hand-built programme whose answers are
 * worked out below: each reason's count, the ends without a reason in UNKNOWN, the reasons adding
 * up to the ends; the same in the snapshot the statistics job keeps for that year, computed again
 * when the year's data changes, and in the PDF and XLSX report.
 *
 * <pre>
 * 2021, programme ENDS-IT    service  start        end          reason              outcome
 * E1                         Nord     2020-03-01   2021-01-01   MOVED               other housing
 * E2, E3, E4                 Nord     2020-06-01   2021-02-10, 2021-05-31, 2021-12-31  OBJECTIVES_REACHED  stayed
 * E5, E6                     Nord     2021-02-01   2021-07-15   NON_COOPERATION     unknown
 * E7                         Nord     2021-03-01   2021-09-30   EVICTION            shelter
 * E8                         Nord     2021-04-01   2021-10-31   (none)              (none)
 * E9                         Nord     2021-04-01   2021-11-30   (none)              stayed
 * E10                        Sud      2021-01-15   2021-06-30   OTHER               stayed
 * not ends of 2021: ended 2020-12-31 (MOVED), ended 2022-01-01 (LEASE_TRANSFER), still open;
 * another programme's end in 2021 (ENTERED_INSTITUTION)
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndsByReasonIT {

    private static final int YEAR = 2021;
    private static final String NAME = "Motifs de fin (test)";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(EndsByReasonIT.class);
    }

    @EJB StatisticsService statistics;
    @EJB ProgrammeService programmes;
    @EJB JobControl jobs;
    @EJB RunAs.Director director;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.FunderViewer funder;

    private static long programme;
    private static long nord;
    private static long sud;
    private static long worker;

    @BeforeEach
    void aHandBuiltYear() throws Exception {
        if (programme != 0) {
            return;
        }
        nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        sud = TestDatabase.count("select id from service_unit where code = 'SUD'");
        worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        programme = programme("ENDS-IT", NAME);
        long other = programme("ENDS-IT-OTHER", "Autre dispositif (test)");
        measure(programme, nord, "2020-03-01", "2021-01-01", "MOVED", "OTHER_AUTONOMOUS_HOUSING");
        measure(programme, nord, "2020-06-01", "2021-02-10", "OBJECTIVES_REACHED", "STAYED_IN_DWELLING");
        measure(programme, nord, "2020-06-01", "2021-05-31", "OBJECTIVES_REACHED", "STAYED_IN_DWELLING");
        measure(programme, nord, "2020-06-01", "2021-12-31", "OBJECTIVES_REACHED", "STAYED_IN_DWELLING");
        measure(programme, nord, "2021-02-01", "2021-07-15", "NON_COOPERATION", "UNKNOWN");
        measure(programme, nord, "2021-02-01", "2021-07-15", "NON_COOPERATION", "UNKNOWN");
        measure(programme, nord, "2021-03-01", "2021-09-30", "EVICTION", "SHELTER_OR_CARE_HOME");
        measure(programme, nord, "2021-04-01", "2021-10-31", null, null);
        measure(programme, nord, "2021-04-01", "2021-11-30", null, "STAYED_IN_DWELLING");
        measure(programme, sud, "2021-01-15", "2021-06-30", "OTHER", "STAYED_IN_DWELLING");
        measure(programme, nord, "2019-01-01", "2020-12-31", "MOVED", "OTHER_AUTONOMOUS_HOUSING");
        measure(programme, nord, "2021-06-01", "2022-01-01", "LEASE_TRANSFER", "LEASE_TRANSFERRED");
        measure(programme, sud, "2021-09-01", null, null, null);
        measure(other, nord, "2021-01-01", "2021-03-31", "ENTERED_INSTITUTION", "SHELTER_OR_CARE_HOME");
    }

    private static long programme(String code, String name) throws Exception {
        return TestDatabase.count("insert into programme (id, code, name, funder, kind, financed_capacity)"
                + " values (nextval('programme_seq'), '" + code + "', '" + name + "', 'CAF', 'ASLL', 20) returning id");
    }

    /** A measure of its own household (the ends are counted per measure). */
    private static long measure(long programme, long service, String start, String end, String reason,
            String outcome) throws Exception {
        long household = TestDatabase.count("insert into household (id, service_unit_id, composition, main_resource)"
                + " values (nextval('household_seq'), " + service + ", 'SINGLE', 'RSA') returning id");
        return TestDatabase.count("insert into measure (id, household_id, programme_id, referent_worker_id,"
                + " service_unit_id, start_date, status, end_date, end_reason, housing_outcome) values"
                + " (nextval('measure_seq'), " + household + ", " + programme + ", " + worker + ", " + service + ", '"
                + start + "', '" + (end == null ? "OPEN" : "ENDED") + "', " + literal(end) + ", " + literal(reason)
                + ", " + literal(outcome) + ") returning id");
    }

    private static String literal(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    @Order(1)
    void eachReasonIsCountedAndTheEndsWithoutOneAreUnknown() throws Exception {
        Indicators all = director.call(() -> statistics.compute(programme, null, YEAR));
        assertEquals(10, all.ends());
        Map<String, Long> expected = counts("OBJECTIVES_REACHED", 3, "NON_COOPERATION", 2, "MOVED", 1, "EVICTION", 1,
                "OTHER", 1, Indicators.UNKNOWN, 2);
        assertEquals(expected, all.endReasons());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(all.endReasons().keySet()),
                "in the order a measure's end offers the reasons, those without one last");
        assertEquals(all.ends(), sum(all.endReasons()), "the reasons add up to the ends");
        assertEquals(all.ends(), sum(all.outcomes()), "as the outcomes do");
        assertEquals(0L, all.endsFor("LEASE_TRANSFER"), "ended on the first day of the next year");
        assertEquals(0L, all.endsFor("ENTERED_INSTITUTION"), "another programme's");

        Indicators north = director.call(() -> statistics.compute(programme, nord, YEAR));
        assertEquals(9, north.ends());
        assertEquals(counts("OBJECTIVES_REACHED", 3, "NON_COOPERATION", 2, "MOVED", 1, "EVICTION", 1,
                Indicators.UNKNOWN, 2), north.endReasons());
        Indicators south = director.call(() -> statistics.compute(programme, sud, YEAR));
        assertEquals(counts("OTHER", 1), south.endReasons());
        assertEquals(south.ends(), sum(south.endReasons()));

        Indicators before = director.call(() -> statistics.compute(programme, null, YEAR - 1));
        assertEquals(counts("MOVED", 1), before.endReasons(), "ended on the last day of 2020");
    }

    /** After the first test: it records one more end of the year. */
    @Test
    @Order(2)
    void aPastYearComputedAgainKeepsItsNewEndsInTheSnapshotAndTheReports() throws Exception {
        Indicators kept = computeTheYear();
        assertEquals(director.call(() -> statistics.compute(programme, null, YEAR)), kept);
        assertEquals(2L, kept.endsFor(Indicators.UNKNOWN));

        // An end of that year recorded since: computing the year again replaces its snapshot.
        measure(programme, sud, "2021-05-01", "2021-08-31", "MOVED", "OTHER_AUTONOMOUS_HOUSING");
        Indicators again = computeTheYear();
        assertEquals(11, again.ends());
        assertEquals(2L, again.endsFor("MOVED"));
        assertEquals(again.ends(), sum(again.endReasons()));
        assertEquals(1, TestDatabase.count("select count(*) from statistics_snapshot where year = " + YEAR
                + " and programme_id = " + programme + " and service_scope = 0"), "one snapshot of the year, replaced");

        // A funder: 11 ends shown, every reason holds fewer than 5, so each reads "< 5".
        Indicators funders = funder.call(() -> statistics.snapshots(YEAR, null)).stream()
                .filter(s -> s.programmeId() == programme).findFirst().orElseThrow();
        assertEquals(11, funders.ends());
        assertEquals(again.endReasons().keySet(), funders.endReasons().keySet());
        assertTrue(funders.endReasons().values().stream().allMatch(java.util.Objects::isNull), funders.toString());

        Map<Long, String> names = director.call(() -> programmes.programmeNames());
        // the report of this programme alone, so that its section is on one page whatever else the year holds
        List<Indicators> year = director.call(() -> statistics.snapshots(YEAR, null)).stream()
                .filter(s -> s.programmeId() == programme).toList();
        // OpenPDF gives a page's headings before its tables: the heading, then the table's rows in order
        String page = Pdfs.pageOf(ActivityReportPdf.render(YEAR, year, names, Locale.FRENCH), NAME);
        assertTrue(page.contains("Sorties par motif\n"), page);
        assertTrue(page.matches("(?s).*Objectifs atteints\\s*3\\s*Non-adhésion du ménage\\s*2\\s*Déménagement\\s*2"
                + "\\s*Expulsion\\s*1\\s*Autre motif\\s*1\\s*Motif non renseigné\\s*2\\b.*"), page);
        String all = Pdfs.text(ActivityReportPdf.render(YEAR, year, names, Locale.FRENCH));
        assertTrue(all.matches("(?s).*Définitions.*Sorties par motif : pour les mesures terminées.*"), all);
        String english = Pdfs.pageOf(ActivityReportPdf.render(YEAR, year, names, Locale.ENGLISH), NAME);
        assertTrue(english.contains("Ends by reason\n"), english);
        assertTrue(english.matches("(?s).*Objectives reached\\s*3\\s.*Reason not given\\s*2\\b.*"), english);
        String masked = Pdfs.pageOf(ActivityReportPdf.render(YEAR, List.of(funders), names, Locale.FRENCH), NAME);
        assertTrue(masked.matches("(?s).*Objectifs atteints\\s*< 5\\s*Non-adhésion du ménage\\s*< 5.*"
                + "Motif non renseigné\\s*< 5.*"), masked);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                ActivityReportXlsx.render(YEAR, year, names, Locale.FRENCH)))) {
            Sheet sheet = workbook.getSheet("Sorties par motif");
            assertNotNull(sheet, "a sheet of the ends by reason");
            Map<String, String> rows = new LinkedHashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && NAME.equals(row.getCell(0).toString())) {
                    rows.put(row.getCell(1).toString(), row.getCell(2).toString());
                }
            }
            assertEquals(Map.of("Objectifs atteints", "3.0", "Non-adhésion du ménage", "2.0", "Déménagement", "2.0",
                    "Expulsion", "1.0", "Autre motif", "1.0", "Motif non renseigné", "2.0"), rows);
            boolean defined = false;
            for (Row row : workbook.getSheet("Définitions")) {
                defined |= row.getCell(0).toString().equals("Sorties par motif")
                        && row.getCell(1).toString().contains("Motif non renseigné");
            }
            assertTrue(defined, "the workbook states what the ends by reason are");
        }
    }

    /** Runs the statistics job for the year as a director would, and reads the programme's snapshot. */
    private Indicators computeTheYear() throws Exception {
        long execution = director.call(() -> jobs.startStatistics(YEAR));
        assertEquals(BatchStatus.COMPLETED, JobRuns.awaitEnd(administrator, jobs, execution));
        return director.call(() -> statistics.snapshots(YEAR, null)).stream().filter(s -> s.programmeId() == programme)
                .findFirst().orElseThrow();
    }

}
