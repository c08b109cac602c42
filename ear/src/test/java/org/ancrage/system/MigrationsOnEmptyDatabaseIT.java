package org.ancrage.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every migration applies, in order, on an empty schema, and a second run changes nothing. */
@ExtendWith(ArquillianExtension.class)
class MigrationsOnEmptyDatabaseIT {

    private static final String SCRATCH = "migration_check";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(MigrationsOnEmptyDatabaseIT.class);
    }

    @AfterEach
    void dropScratchSchema() throws Exception {
        TestDatabase.execute("DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE");
    }

    @Test
    void allMigrationsApplyOnAnEmptySchema() throws Exception {
        TestDatabase.execute("DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE");
        Flyway flyway = SchemaMigration.flyway(TestDatabase.dataSource(), SCRATCH);
        int known = flyway.info().all().length;

        MigrateResult first = flyway.migrate();

        assertTrue(first.success);
        assertEquals(known, first.migrationsExecuted, "every migration applied");
        for (MigrationInfo info : flyway.info().applied()) {
            assertTrue(info.getState().isApplied(), info.getVersion() + " " + info.getState());
        }
        assertEquals(1, TestDatabase.count("select count(*) from information_schema.tables where table_schema = '"
                + SCRATCH + "' and table_name = 'user_account'"));
        assertEquals(0, flyway.migrate().migrationsExecuted, "a second run applies nothing");
    }
}
