package org.ancrage.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(dataSource).migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
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
