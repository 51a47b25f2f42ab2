package com.spakiosk.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A PostgreSQL database of the test's own, created empty for one run and dropped afterwards, on
 * the server and with the account that the {@code SPA_DB_*} variables name (CI's, README). The
 * account needs {@code CREATEDB} (CI grants it).
 */
final class FreshDatabase implements AutoCloseable {

    final String host = env("SPA_DB_HOST", "localhost");
    final String port = env("SPA_DB_PORT", "5432");
    final String user = env("SPA_DB_USER", "spakiosk");
    final String password = env("SPA_DB_PASSWORD", "spakiosk");
    final String name;

    FreshDatabase(String prefix) throws SQLException {
        this.name = prefix + "_" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection admin = connect(env("SPA_DB_NAME", "spakiosk_test"))) {
            admin.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new SQLException("Cannot create the test's own database as " + user + " (" + e.getMessage()
                    + "). Give the account CREATEDB: alter role " + user + " createdb", e);
        }
    }

    /** The app's settings for this database (application-postgres.properties reads them). */
    Map<String, String> environment() {
        return Map.of("SPA_DB_HOST", host, "SPA_DB_PORT", port, "SPA_DB_NAME", name, "SPA_DB_USER", user,
                "SPA_DB_PASSWORD", password);
    }

    Connection connect() throws SQLException {
        return connect(name);
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = connect(env("SPA_DB_NAME", "spakiosk_test"))) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
