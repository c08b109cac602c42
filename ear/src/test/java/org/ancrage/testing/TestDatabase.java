package org.ancrage.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Direct SQL on the application's database, for checks that must not go through the services. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("jdbc/ancrage");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static void execute(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
