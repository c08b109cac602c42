package org.ancrage.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Direct SQL on the application's database, for checks that must not go through the services:
 * through the owner's pool (or the application's, with one role) inside the server, through
 * {@code it.db.url} from a client test.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /**
     * The pool for a test's own SQL inside the server: the schema owner's ({@code jdbc/ancrage-owner})
     * when the domain has the two roles — a test sets up triggers, constraints, a scratch schema, as
     * the client tests do as {@code it.db.user} — else the application's.
     */
    public static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("jdbc/ancrage-owner");
        } catch (NamingException noOwner) {
            return applicationDataSource();
        }
    }

    /** The application's own pool, {@code jdbc/ancrage}: what the application's code can do. */
    public static DataSource applicationDataSource() {
        try {
            return (DataSource) new InitialContext().lookup("jdbc/ancrage");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connection() throws SQLException {
        String url = System.getProperty("it.db.url");
        if (url != null) {
            return DriverManager.getConnection(url, System.getProperty("it.db.user", "postgres"), "");
        }
        return dataSource().getConnection();
    }

    public static long count(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of the first row, as text (null when there is no row). */
    public static String text(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public static void execute(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
