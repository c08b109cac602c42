package org.ancrage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application works on its database as the runtime role of docs/operations.md, in the suite as
 * in the quick start: not a superuser, owning no table, and only INSERT and SELECT on the audit
 * trail — removing, rewriting or emptying the trail is refused by privileges (SQLSTATE 42501,
 * before any trigger), and so is switching the trail's trigger off.
 */
@ExtendWith(ArquillianExtension.class)
class TheApplicationCannotRewriteItsTrailIT {

    /** PostgreSQL's "insufficient privilege": refused by the grants, not by the trail's trigger (P0001). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(TheApplicationCannotRewriteItsTrailIT.class);
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static SQLException refused(Connection c, String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }, sql);
    }

    @Test
    void theApplicationsRoleIsNoSuperuserOwnsNoTableAndOnlyAppendsToTheTrail() throws Exception {
        try (Connection c = TestDatabase.applicationDataSource().getConnection()) {
            c.setAutoCommit(true);
            String role = text(c, "select current_user");
            assertEquals("false", text(c, "select rolsuper::text from pg_roles where rolname = current_user"),
                    role + " is a superuser");
            assertEquals("0", text(c, "select count(*) from pg_tables where schemaname = current_schema()"
                    + " and tableowner = current_user"), role + " owns tables");
            assertNotEquals(role, text(c, "select tableowner from pg_tables where tablename = 'audit_entry'"
                    + " and schemaname = current_schema()"));
            assertEquals("false", text(c, "select has_table_privilege('audit_entry', 'UPDATE')::text"));

            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into audit_entry (username, action, entity_type, changes)"
                        + " values ('runtime-role-test', 'READ', 'Test', null)");
            }
            String rows = text(c, "select count(*) from audit_entry where username = 'runtime-role-test'");
            assertNotEquals("0", rows, "the runtime role appends and reads");

            for (String sql : new String[] {
                    "delete from audit_entry where username = 'runtime-role-test'",
                    "update audit_entry set username = 'x' where username = 'runtime-role-test'",
                    "truncate audit_entry",
                    "alter table audit_entry disable trigger audit_entry_append_only",
                    "drop trigger audit_entry_append_only on audit_entry",
                    "create table runtime_role_test (i int)"}) {
                SQLException e = refused(c, sql);
                assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), sql + ": " + e.getMessage());
            }
            assertEquals(rows, text(c, "select count(*) from audit_entry where username = 'runtime-role-test'"));
            assertFalse(text(c, "select count(*) from audit_entry").equals("0"), "the trail is still there");
        }
    }
}
