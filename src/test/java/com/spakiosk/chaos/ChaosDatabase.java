package com.spakiosk.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where a chaos run keeps its data, and how the child and the harness reach it: an H2 file in
 * the run's folder (the child starts there, so the production URL of application.properties,
 * {@code ./data/spa-kiosk} with its durability settings, is used unchanged), or the PostgreSQL
 * that the {@code SPA_DB_*} environment names.
 */
enum ChaosDatabase {

    H2("h2", "demo"),
    POSTGRES("postgresql", "postgres,demo");

    /** The Flyway vendor folder under db/vendor. */
    final String vendor;
    final String profiles;

    ChaosDatabase(String vendor, String profiles) {
        this.vendor = vendor;
        this.profiles = profiles;
    }

    static List<ChaosDatabase> parse(String value) {
        return switch (value) {
            case "h2" -> List.of(H2);
            case "postgres" -> List.of(POSTGRES);
            case "both" -> List.of(H2, POSTGRES);
            default -> throw new IllegalArgumentException("chaos.db is h2, postgres or both, not " + value);
        };
    }

    /** Only what the child must not inherit: a profile from the caller's shell would change what runs. */
    void environment(Map<String, String> env) {
        env.remove("SPRING_PROFILES_ACTIVE");
        if (this == POSTGRES && System.getenv("SPA_DB_HOST") == null) {
            throw new IllegalStateException("chaos.db=postgres needs SPA_DB_HOST, SPA_DB_PORT, SPA_DB_NAME, SPA_DB_USER"
                    + " and SPA_DB_PASSWORD (use a database of its own, not the test suite's)");
        }
    }

    String jdbcUrl(Path runDir) throws IOException {
        if (this == H2) {
            var properties = new Properties();
            try (InputStream in = ChaosDatabase.class.getResourceAsStream("/application.properties")) {
                properties.load(in);
            }
            String url = properties.getProperty("spring.datasource.url");
            return url.replace("./data/spa-kiosk", runDir.resolve("data").resolve("spa-kiosk").toAbsolutePath().toString());
        }
        return "jdbc:postgresql://" + env("SPA_DB_HOST", "localhost") + ":" + env("SPA_DB_PORT", "5432") + "/"
                + env("SPA_DB_NAME", "spakiosk");
    }

    Connection connect(Path runDir) throws IOException, SQLException {
        return this == H2 ? DriverManager.getConnection(jdbcUrl(runDir), "sa", "")
                : DriverManager.getConnection(jdbcUrl(runDir), env("SPA_DB_USER", "spakiosk"), env("SPA_DB_PASSWORD", "spakiosk"));
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
