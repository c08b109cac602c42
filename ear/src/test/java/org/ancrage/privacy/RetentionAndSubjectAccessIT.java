package org.ancrage.privacy;

import org.ancrage.retention.DataCategory;
import org.ancrage.retention.RetentionRefused;
import org.ancrage.retention.RetentionReport;
import org.ancrage.retention.RetentionRule;
import org.ancrage.retention.RetentionService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Properties;
import org.ancrage.contacts.Contact;
import org.ancrage.contacts.ContactService;
import org.ancrage.programmes.ContactType;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.imports.ImportService;
import org.ancrage.imports.UnreadableFile;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.Jobs;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.security.AccountService;
import org.ancrage.system.ConcurrentEditException;
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
 * Retention and subject access in the container: a case closed long ago is anonymised by the
 * retention job (a dry run first changes nothing), what the statistics count stays, each purge is
 * audited; subject access exports everything held on a household as JSON and PDF, and is audited.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionAndSubjectAccessIT {

    /** The retention job runs on this day; the case below ended more than two years before. */
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(RetentionAndSubjectAccessIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB ContactService contacts;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB RetentionService retention;
    @EJB SubjectAccess subjectAccess;
    @EJB JobControl jobs;
    @EJB ImportService imports;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.SocialWorker worker;

    private long serviceUnitId;
    private long workerId;
    private Programme programme;

    @BeforeEach
    void references() throws Exception {
        administrator.call(() -> programmes.installTemplates());
        programme = coordinator.call(() -> programmes.getProgrammeByCode("ASLD-IML-PLUS"));
        serviceUnitId = coordinator.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
        workerId = administrator.call(() -> accounts.findByUsername("travailleur")).orElseThrow().getId();
    }

    /** A household followed in {@code year}, with a home visit and its confidential note, ended that year. */
    private Household closedCase(String name, int year) throws Exception {
        Household household = coordinator.call(() -> households.createHousehold(new Household(serviceUnitId,
                new Person(name, "Odile", LocalDate.of(1961, 8, 19), "F", Relationship.HEAD)))).household();
        Measure measure = coordinator.call(() -> measures.openMeasure(household.getId(), programme.getId(), workerId,
                serviceUnitId, LocalDate.of(year, 1, 8)));
        worker.call(() -> contacts.logContact(measure.getId(), new Contact.Details(
                LocalDateTime.of(year, 2, 3, 10, 0), ContactType.HOME_VISIT, workerId, 60, "Budget et dettes",
                "Violences conjugales évoquées")));
        Measure current = coordinator.call(() -> measures.getMeasure(measure.getId()));
        coordinator.call(() -> measures.endMeasure(measure.getId(), current.getVersion(), LocalDate.of(year, 6, 30),
                EndReason.OBJECTIVES_REACHED, HousingOutcome.STAYED_IN_DWELLING));
        return household;
    }

    private BatchStatus retention(boolean dryRun) throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.RUN_DATE, RUN_DATE.toString());
        parameters.setProperty(Jobs.DRY_RUN, Boolean.toString(dryRun));
        return JobRuns.run(administrator, jobs, Jobs.RETENTION, parameters);
    }

    @Test
    void aCaseClosedLongAgoIsAnonymisedAndItsStatisticsStay() throws Exception {
        Household old = closedCase("Ancienne", 2003);
        Household recent = closedCase("Recente", 2026);
        String ofOld = "household_id = " + old.getId();
        String statistics = "select count(*) * 1000 + sum(extract(year from occurred_at))::bigint from contact where "
                + ofOld + " and type = 'HOME_VISIT'";
        long statisticsBefore = TestDatabase.count(statistics);
        long trailBefore = TestDatabase.count("select count(*) from audit_entry where " + ofOld);
        String usersBefore = TestDatabase.text("select string_agg(username || ':' || action || ':' || entity_type,"
                + " ',' order by id) from audit_entry where " + ofOld);
        assertTrue(TestDatabase.count("select count(*) from audit_entry where " + ofOld
                + " and changes like '%Budget et dettes%'") > 0, "the trail held the file's values before");

        RetentionReport dryRun = administrator.call(() -> retention.apply(RUN_DATE, true));
        assertTrue(dryRun.counts().get(DataCategory.CLOSED_CASE) >= 1, dryRun.summary());
        assertEquals(BatchStatus.COMPLETED, retention(true));
        assertEquals(1, TestDatabase.count("select count(*) from person where last_name = 'Ancienne'"),
                "a dry run changes nothing");

        assertEquals(BatchStatus.COMPLETED, retention(false));
        assertEquals(0, TestDatabase.count("select count(*) from person where last_name = 'Ancienne'"));
        assertEquals(1, TestDatabase.count("select count(*) from person where " + ofOld
                + " and last_name = 'ANONYME' and birth_date = date '1961-01-01'"));
        assertEquals(0, TestDatabase.count("select count(*) from contact where " + ofOld
                + " and (topics is not null or confidential_note is not null)"));
        assertEquals(statisticsBefore, TestDatabase.count(statistics), "contacts counted by type and year stay");
        assertEquals(1, TestDatabase.count("select count(*) from measure where " + ofOld
                + " and end_reason = 'OBJECTIVES_REACHED' and housing_outcome = 'STAYED_IN_DWELLING'"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'PURGE'"
                + " and entity_type = 'Household' and entity_id = " + old.getId()));
        assertEquals("job:retention (started by administrator)", TestDatabase.text("select username from audit_entry"
                + " where action = 'PURGE' and entity_type = 'Household' and entity_id = " + old.getId()),
                "the purge is recorded in the job's name and its starter's");
        assertEquals(trailBefore + 1, TestDatabase.count("select count(*) from audit_entry where " + ofOld),
                "the trail keeps every line about the file (and adds the purge)");
        assertEquals(usersBefore, TestDatabase.text("select string_agg(username || ':' || action || ':' || entity_type,"
                + " ',' order by id) from audit_entry where " + ofOld + " and action <> 'PURGE'"),
                "who, what and on which record stay");
        assertEquals(0, TestDatabase.count("select count(*) from audit_entry where " + ofOld
                + " and (changes like '%Ancienne%' or changes like '%1961-08-19%' or changes like '%Budget et dettes%')"),
                "the personal values the trail kept are gone");
        assertTrue(TestDatabase.count("select count(*) from audit_entry where " + ofOld
                + " and entity_type = 'Contact' and changes like '%\"topics\": {\"after\": \"(purged)\"}%'") > 0,
                "the shape stays, the values say (purged)");

        assertEquals(1, TestDatabase.count("select count(*) from person where last_name = 'Recente'"),
                "a case closed this year is kept");
        assertEquals(1, TestDatabase.count("select count(*) from contact where household_id = " + recent.getId()
                + " and confidential_note is not null"));
    }

    /** A file prepared for import on {@code preparedOn}; its id. */
    private long importPrepared(LocalDate preparedOn) throws Exception {
        byte[] file = ("Identifiant;NOM;Prénom;Date de naissance\nR" + System.nanoTime() + ";Conservé;Lina;02/03/1984\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportService.Reading reading = coordinator.call(() -> imports.read("menages.csv", file));
        long id = coordinator.call(() -> imports.prepare("menages.csv", file, "Retention " + System.nanoTime(),
                reading.mapping(), serviceUnitId));
        TestDatabase.execute("update household_import set prepared_at = timestamp '" + preparedOn + " 10:00' where id = " + id);
        return id;
    }

    @Test
    void aFileUploadedForAnImportIsClearedAfterItsPeriodAndItsImportSaysSo() throws Exception {
        long old = importPrepared(RUN_DATE.minusMonths(5));
        long recent = importPrepared(RUN_DATE.minusMonths(1));
        RetentionReport dryRun = administrator.call(() -> retention.apply(RUN_DATE, true));
        assertTrue(dryRun.counts().get(DataCategory.IMPORT_FILE) >= 1, dryRun.summary());
        assertEquals(BatchStatus.COMPLETED, retention(false));

        assertEquals(0, TestDatabase.count("select length(content) from household_import where id = " + old));
        assertEquals(RUN_DATE.toString(), TestDatabase.text("select cleared_on from household_import where id = " + old));
        assertEquals("import.file.cleared", assertThrows(UnreadableFile.class,
                () -> coordinator.call(() -> imports.summary(old))).messageKey());
        assertEquals(1, coordinator.call(() -> imports.summary(recent)).rows(), "within its 3 months: kept");
        assertTrue(TestDatabase.count("select count(*) from audit_entry where action = 'PURGE'"
                + " and entity_type = 'IMPORT_FILE'") >= 1, "the clearing is in the trail");
    }

    @Test
    void aRunDateInTheFutureIsRefusedAndOnlyTheJobPurges() throws Exception {
        RetentionRefused future = assertThrows(RetentionRefused.class, () -> administrator.call(
                () -> retention.apply(LocalDate.now().plusDays(1), true)));
        assertEquals("retention.runDate.inFuture", future.messageKey());
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.RUN_DATE, LocalDate.now().plusYears(3).toString());
        parameters.setProperty(Jobs.DRY_RUN, "false");
        assertEquals(BatchStatus.FAILED, JobRuns.run(administrator, jobs, Jobs.RETENTION, parameters),
                "the job refuses it too");
        RetentionRefused outsideTheJob = assertThrows(RetentionRefused.class, () -> administrator.call(
                () -> retention.apply(RUN_DATE, false)));
        assertEquals("retention.onlyByTheJob", outsideTheJob.messageKey());
    }

    @Test
    void aRetentionPeriodOutsideItsBoundsOrChangedMeanwhileIsRefused() throws Exception {
        RetentionRule rule = administrator.call(() -> retention.rules()).get(0);
        RetentionRefused refused = assertThrows(RetentionRefused.class, () -> administrator.call(
                () -> retention.keep(rule.getCategory(), 0, rule.getVersion())));
        assertEquals("retention.months.outOfRange", refused.messageKey());
        RetentionRule changed = administrator.call(() -> retention.keep(rule.getCategory(),
                rule.getRetentionMonths() + 1, rule.getVersion()));
        assertThrows(ConcurrentEditException.class, () -> administrator.call(
                () -> retention.keep(rule.getCategory(), 36, changed.getVersion() - 1)));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> retention.rules()));
        assertTrue(TestDatabase.count("select count(*) from audit_entry where entity_type = 'RetentionRule'"
                + " and action = 'UPDATE' and changes like '%\"id\":\"" + rule.getCategory() + "\"%'") > 0,
                "a change of retention is audited, named by its category");
    }

    @Test
    void subjectAccessExportsEverythingHeldAsJsonAndPdfAndIsAudited() throws Exception {
        Household household = closedCase("Acces-Sujet", 2025);
        long before = TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                + " and entity_type = 'SubjectAccess' and household_id = " + household.getId());
        JsonObject withheld = administrator.call(() -> subjectAccess.export(household.getId()));
        assertTrue(withheld.getJsonArray("contacts").getJsonObject(0).getBoolean("confidential_note_withheld"),
                "confidential notes are released only when the association says so");
        JsonObject export = administrator.call(() -> subjectAccess.export(household.getId(), true));
        assertEquals("Acces-Sujet", export.getJsonArray("members").getJsonObject(0).getString("last_name"));
        assertEquals(1, export.getJsonArray("measures").size());
        assertEquals("Violences conjugales évoquées",
                export.getJsonArray("contacts").getJsonObject(0).getString("confidential_note"));
        assertTrue(export.getJsonArray("accessLog").size() > 0, "the file's reads and changes are part of it");

        byte[] pdf = SubjectAccessPdf.render(export, Locale.FRENCH);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertTrue(pdf.length > 2000);
        assertEquals(before + 2, TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                + " and entity_type = 'SubjectAccess' and household_id = " + household.getId()));
        assertThrows(EJBAccessException.class, () -> worker.call(() -> subjectAccess.export(household.getId())));
    }
}
