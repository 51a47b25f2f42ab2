package com.spakiosk.base;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the database takes writes. H2 opens a file it may not write (a read-only {@code ./data})
 * quietly in read-only mode, and the first booking or failed sign-in would then fail; so the app
 * refuses to start on such a database ({@link EmbeddedStorageFailureAnalyzer} says what to do),
 * and readiness turns DOWN should it become read-only later ({@link DatabaseWritableHealthIndicator}).
 * Depends on {@link JdbcTemplate}, which Spring Boot builds after Flyway's migrations.
 */
@Component
public class DatabaseWritability implements InitializingBean {

    private final JdbcTemplate jdbc;

    DatabaseWritability(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        if (!isWritable()) {
            throw new DatabaseNotWritableException();
        }
    }

    /** Asks the database itself: H2's READONLY(), PostgreSQL's transaction_read_only (a standby says on). */
    public boolean isWritable() {
        Boolean writable = jdbc.execute((Connection connection) -> {
            String product = connection.getMetaData().getDatabaseProductName();
            String sql = product.startsWith("H2") ? "select not readonly()"
                    : product.startsWith("PostgreSQL") ? "select current_setting('transaction_read_only') = 'off'"
                    : null;
            return sql == null ? !connection.getMetaData().isReadOnly() : queryBoolean(connection, sql);
        });
        return Boolean.TRUE.equals(writable);
    }

    private static boolean queryBoolean(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The database opened, but read-only: the app would fail on its first write. */
    public static class DatabaseNotWritableException extends IllegalStateException {

        DatabaseNotWritableException() {
            super("The database is read only");
        }
    }
}
