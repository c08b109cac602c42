package org.ancrage.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to this version of the application before anything else uses it:
 * the numbered SQL migrations in {@code db/migration} (Flyway). Never drops anything; a database
 * already at this version is left as it is. Start-up beans that touch the database depend on it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/ancrage")
    private DataSource dataSource;

    /** The persistent EJB timers' table (timer-datasource is the application's pool). */
    private static final String TIMER_TABLE = "EJB__TIMER__TBL";

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway(dataSource);
        if (onlyTimerTableExists()) {
            // The EJB timer service creates its table on the application's pool as the application
            // deploys, before this runs: a new database then holds that table alone. Start the
            // history below every migration, so that all of them run.
            flyway = Flyway.configure(SchemaMigration.class.getClassLoader()).configuration(flyway.getConfiguration())
                    .baselineOnMigrate(true).baselineVersion("0").load();
        }
        MigrateResult result = flyway.migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    private boolean onlyTimerTableExists() {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                        new String[] {"TABLE"})) {
            boolean timerTable = false;
            while (tables.next()) {
                if (!TIMER_TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return false;
                }
                timerTable = true;
            }
            return timerTable;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the database's tables failed", e);
        }
    }

    /** The Flyway set-up of this application, on the database's default schema. */
    public static Flyway flyway(DataSource dataSource) {
        return flyway(dataSource, null);
    }

    /** The same set-up on another schema, for checking the migrations on an empty one. */
    public static Flyway flyway(DataSource dataSource, String schema) {
        var configuration = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration");
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return configuration.load();
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
