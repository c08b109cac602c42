package org.ancrage.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.ancrage.privacy.AccessRefused;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.Jobs;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.JobRuns;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each indicator of docs/domain.md "Statistics and their definitions" against a hand-built programme whose answers are worked
 * out below, for the association and per service; the statistics job keeps the same figures as
 * snapshots; a funder reads snapshots but cannot compute.
 *
 * <pre>
 * 2029  household (service)                 measure                              months  contacts in 2029
 * H1 (Nord)  single, RSA, head born 1990    M1 2028-11-15 → open                 12      2 visits, 1 office (+1 visit in 2028)
 *                                           M6 2029-06-01 → 2029-06-30 care home  1
 * H2 (Nord)  couple + children, salary, 1970 M2 2029-03-20 → 2029-08-05 stayed    6      1 visit, 1 office, 1 call
 * H3 (Sud)   single parent, AAH, 2006       M3 2027-05-01 → 2029-01-31 other housing 1   1 visit
 * H4 (Sud)   single, RSA, 1950              M4 2029-12-31 → open                  1
 * H5 (Nord)  —                              M5 2026-01-01 → 2028-12-31            —
 * (+ a phone call on M1 on 2029-12-15, for the director's last thirty days)
 * Capacity: 10 places 2028-01-01 → 2029-06-30, then 12.
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    private static final int YEAR = 2029;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(StatisticsIT.class);
    }

    @EJB StatisticsService statistics;
    @EJB JobControl jobs;
    @EJB RunAs.Director director;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.FunderViewer funder;

    private static long programme;
    private static long nord;
    private static long sud;

    @BeforeEach
    void aHandBuiltProgramme() throws Exception {
        if (programme != 0) {
            return;
        }
        nord = TestDatabase.count("select id from service_unit where code = 'NORD'");
        sud = TestDatabase.count("select id from service_unit where code = 'SUD'");
        long worker = TestDatabase.count("select id from user_account where username = 'travailleur'");
        programme = TestDatabase.count("insert into programme (id, code, name, funder, kind, financed_capacity)"
                + " values (nextval('programme_seq'), 'STATS-IT', 'Statistiques (test)', 'DDETS', 'ASLL', 7)"
                + " returning id");
        TestDatabase.execute("insert into financed_capacity (id, programme_id, places, valid_from, valid_to) values"
                + " (nextval('financed_capacity_seq'), " + programme + ", 10, '2028-01-01', '2029-06-30'),"
                + " (nextval('financed_capacity_seq'), " + programme + ", 12, '2029-07-01', null)");
        long h1 = household(nord, "SINGLE", "RSA", "1990-04-04");
        long h2 = household(nord, "COUPLE_WITH_CHILDREN", "SALARY", "1970-09-09");
        long h3 = household(sud, "SINGLE_PARENT", "AAH", "2006-01-20");
        long h4 = household(sud, "SINGLE", "RSA", "1950-02-02");
        long h5 = household(nord, "SINGLE", "NONE", "1980-01-01");
        long m1 = measure(h1, nord, worker, "2028-11-15", null, null);
        long m6 = measure(h1, nord, worker, "2029-06-01", "2029-06-30", "SHELTER_OR_CARE_HOME");
        long m2 = measure(h2, nord, worker, "2029-03-20", "2029-08-05", "STAYED_IN_DWELLING");
        long m3 = measure(h3, sud, worker, "2027-05-01", "2029-01-31", "OTHER_AUTONOMOUS_HOUSING");
        measure(h4, sud, worker, "2029-12-31", null, null);
        long m5 = measure(h5, nord, worker, "2026-01-01", "2028-12-31", "UNKNOWN");
        contact(m1, h1, worker, "2028-12-20", "HOME_VISIT");
        contact(m1, h1, worker, "2029-01-10", "HOME_VISIT");
        contact(m1, h1, worker, "2029-02-10", "HOME_VISIT");
        contact(m1, h1, worker, "2029-03-01", "OFFICE_APPOINTMENT");
        contact(m2, h2, worker, "2029-04-01", "HOME_VISIT");
        contact(m2, h2, worker, "2029-05-01", "OFFICE_APPOINTMENT");
        contact(m2, h2, worker, "2029-06-01", "PHONE_CALL");
        contact(m3, h3, worker, "2029-01-15", "HOME_VISIT");
        contact(m5, h5, worker, "2028-06-15", "HOME_VISIT");
        contact(m6, h1, worker, "2029-06-10", "MISSED_APPOINTMENT");
        contact(m1, h1, worker, "2029-12-15", "PHONE_CALL");
    }

    private static long household(long service, String composition, String resource, String headBorn)
            throws Exception {
        long id = TestDatabase.count("insert into household (id, service_unit_id, composition, main_resource)"
                + " values (nextval('household_seq'), " + service + ", '" + composition + "', '" + resource + "')"
                + " returning id");
        TestDatabase.execute("insert into person (id, household_id, last_name, first_name, birth_date, relationship)"
                + " values (nextval('person_seq'), " + id + ", 'Stat', 'X', '" + headBorn + "', 'HEAD'),"
                + " (nextval('person_seq'), " + id + ", 'Stat', 'Enfant', '2020-01-01', 'CHILD')");
        return id;
    }

    private static long measure(long household, long service, long worker, String start, String end, String outcome)
            throws Exception {
        return TestDatabase.count("insert into measure (id, household_id, programme_id, referent_worker_id,"
                + " service_unit_id, start_date, status, end_date, end_reason, housing_outcome) values"
                + " (nextval('measure_seq'), " + household + ", " + programme + ", " + worker + ", " + service + ", '"
                + start + "', '" + (end == null ? "OPEN" : "ENDED") + "', "
                + (end == null ? "null, null, null" : "'" + end + "', 'OTHER', '" + outcome + "'") + ") returning id");
    }

    private static void contact(long measure, long household, long worker, String day, String type) throws Exception {
        TestDatabase.execute("insert into contact (id, measure_id, household_id, occurred_at, type, worker_id) values"
                + " (nextval('contact_seq'), " + measure + ", " + household + ", '" + day + " 10:00', '" + type + "', "
                + worker + ")");
    }

    @Test
    void eachIndicatorOfTheProgrammeForTheAssociation() throws Exception {
        Indicators all = director.call(() -> statistics.compute(programme, null, YEAR));
        assertEquals(4, all.householdsFollowed());
        assertEquals(3, all.entries());
        assertEquals(3, all.ends());
        assertEquals(4, all.homeVisits());
        assertEquals(2, all.officeAppointments());
        assertEquals(21, all.monthMeasures());
        assertEquals(5, all.averageDurationMonths(), "21 / 4 = 5.25");
        assertEquals(12, all.financedCapacity());
        // the capacity page's definition: place-days taken (measures under way, their end date included:
        // 365 + 30 + 139 + 31 + 1) ÷ place-days financed (181 days × 10 + 184 days × 12)
        assertEquals(new BigDecimal("14.1"), all.occupancyRate(), "566 / 4018");
        assertEquals(Map.of("STAYED_IN_DWELLING", 1L, "OTHER_AUTONOMOUS_HOUSING", 1L, "SHELTER_OR_CARE_HOME", 1L),
                all.outcomes());
        assertEquals(Map.of("OTHER", 3L), all.endReasons(), "the same three ends, by the reason each recorded");
        assertEquals(Map.of("SINGLE", 2L, "COUPLE_WITH_CHILDREN", 1L, "SINGLE_PARENT", 1L), all.composition());
        assertEquals(Map.of("FROM_35_TO_44", 1L, "FROM_55_TO_64", 1L, "UNDER_25", 1L, "FROM_65", 1L),
                all.ageBands());
        assertEquals(Map.of("RSA", 2L, "SALARY", 1L, "AAH", 1L), all.resources());
    }

    @Test
    void eachServiceCountsItsOwnMeasures() throws Exception {
        Indicators north = director.call(() -> statistics.compute(programme, nord, YEAR));
        assertEquals(2, north.householdsFollowed());
        assertEquals(2, north.entries());
        assertEquals(2, north.ends());
        assertEquals(3, north.homeVisits());
        assertEquals(2, north.officeAppointments());
        assertEquals(19, north.monthMeasures());
        Indicators south = director.call(() -> statistics.compute(programme, sud, YEAR));
        assertEquals(2, south.householdsFollowed());
        assertEquals(1, south.entries());
        assertEquals(1, south.ends());
        assertEquals(1, south.homeVisits());
        assertEquals(0, south.officeAppointments());
        assertEquals(2, south.monthMeasures());
        assertEquals(1, south.averageDurationMonths());
    }

    @Test
    void aYearWithoutActivityIsAllZeros() throws Exception {
        Indicators none = director.call(() -> statistics.compute(programme, null, 2020));
        assertEquals(0, none.householdsFollowed());
        assertEquals(0, none.monthMeasures());
        assertEquals(0, none.averageDurationMonths());
        assertEquals(7, none.financedCapacity(), "no financing then: the programme's own figure");
        assertEquals(new BigDecimal("0.0"), none.occupancyRate());
    }

    @Test
    void theJobKeepsTheSameFiguresAsSnapshotsAndAFunderReadsThem() throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.YEAR, Integer.toString(YEAR));
        assertEquals(BatchStatus.COMPLETED, JobRuns.run(administrator, jobs, Jobs.STATISTICS, parameters));
        Indicators computed = director.call(() -> statistics.compute(programme, null, YEAR));
        Indicators kept = director.call(() -> statistics.snapshots(YEAR, null)).stream()
                .filter(s -> s.programmeId() == programme).findFirst().orElseThrow();
        assertEquals(computed, kept);
        // A funder reads the same snapshot with its cells of fewer than 5 households masked (issue 13, item 15).
        Indicators funders = funder.call(() -> statistics.snapshots(YEAR, null)).stream()
                .filter(s -> s.programmeId() == programme).findFirst().orElseThrow();
        assertEquals(computed.maskedForFunders(), funders);
        assertTrue(funders.isMasked(), "this programme's cells hold 1 or 2 households: " + funders);
        // One service's figures, subtracted from the association's, would give a masked cell back: a funder
        // reads the association's only (issue 13, docs/security.md).
        assertThrows(AccessRefused.class, () -> funder.call(() -> statistics.snapshots(YEAR, nord)));
        assertEquals(computed.monthMeasures(), director.call(() -> statistics.snapshots(YEAR, nord)).stream()
                .filter(s -> s.programmeId() == programme).findFirst().orElseThrow().monthMeasures() + 2);
        assertThrows(EJBAccessException.class, () -> funder.call(() -> statistics.compute(programme, null, YEAR)));
    }

    @Test
    void theDirectorsFiguresPerServiceAndProgramme() throws Exception {
        Map<Long, ServiceFigures> figures = director.call(() -> statistics.keyFigures(LocalDate.of(YEAR, 12, 31)))
                .stream().filter(f -> f.programmeId() == programme)
                .collect(Collectors.toMap(ServiceFigures::serviceUnitId, f -> f));
        assertEquals(Set.of(nord, sud), figures.keySet(), "M5 ended before the year: Nord still has M1, M2, M6");
        ServiceFigures north = figures.get(nord);
        assertEquals(List.of(1L, 2L, 2L, 1L), List.of(north.openMeasures(), north.entries(), north.ends(),
                north.recentContacts()), "open M1; entries M2, M6; ends M2, M6; the phone call of 15 December");
        ServiceFigures south = figures.get(sud);
        assertEquals(List.of(1L, 1L, 1L, 0L), List.of(south.openMeasures(), south.entries(), south.ends(),
                south.recentContacts()), "open M4; entry M4; end M3");
        assertThrows(EJBAccessException.class, () -> funder.call(() -> statistics.keyFigures(LocalDate.now())));
    }
}
