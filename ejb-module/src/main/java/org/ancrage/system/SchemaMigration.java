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
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to this version of the application before anything else uses it:
 * the numbered SQL migrations in {@code db/migration} (Flyway). Never drops anything; a database
 * already at this version is left as it is. Start-up beans that touch the database depend on it.
 *
 * <p>When the domain also has the owner's pool {@value #OWNER_POOL}, the migrations run as the role
 * that owns the schema, and the application's own pool ({@code jdbc/ancrage}) is then granted reading
 * and writing on every table but no DDL, and only {@code INSERT} and {@code SELECT} on the audit trail:
 * the trail's append-only rule is then enforced by privileges, not only by its trigger (which the
 * runtime role, not owning the table, can neither disable nor drop). Without that pool, one role does
 * both, as in the quick start.
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

    /** The pool of the role owning the schema, used for migrations only, when the domain has it. */
    static final String OWNER_POOL = "jdbc/ancrage-owner";

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        Optional<DataSource> owner = ownerPool();
        DataSource migrating = owner.orElse(dataSource);
        Flyway flyway = flyway(migrating);
        if (onlyTimerTableExists(migrating)) {
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
        if (owner.isPresent()) {
            grantRuntimeRole(owner.get());
        }
    }

    private static Optional<DataSource> ownerPool() {
        try {
            return Optional.of((DataSource) new InitialContext().lookup(OWNER_POOL));
        } catch (NamingException e) {
            return Optional.empty();
        }
    }

    /**
     * The application's role may read and write every table (those of this version included) and use
     * every sequence, but never change the audit trail nor the migrations' history; the retention
     * job's purge of values in the trail goes through a function of the owner (V18_1).
     */
    private void grantRuntimeRole(DataSource owner) {
        try (Connection runtime = dataSource.getConnection(); Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            String role = quoted(runtime.getMetaData().getUserName());
            String schema = quoted(connection.getSchema());
            if (role.equals(quoted(connection.getMetaData().getUserName()))) {
                LOG.warning("jdbc/ancrage-owner and jdbc/ancrage use the same role: nothing granted");
                return;
            }
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            statement.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
            statement.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM " + role);
            statement.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM " + role);
            // the retention job's purge of values in the trail, as the trail's owner (V18_1)
            statement.execute("GRANT EXECUTE ON FUNCTION audit_purge_households(bigint[]) TO " + role);
            LOG.info(() -> "Runtime role " + role + " granted data access, no DDL, audit trail append-only");
        } catch (SQLException e) {
            throw new IllegalStateException("Granting the application's role its privileges failed", e);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private boolean onlyTimerTableExists(DataSource dataSource) {
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
