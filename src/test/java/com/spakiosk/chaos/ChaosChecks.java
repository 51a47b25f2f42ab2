package com.spakiosk.chaos;

import com.spakiosk.OverlapQueries;
import com.spakiosk.chaos.StaleHolds.StaleHold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What the harness checks with plain JDBC after a kill, while no app runs: every code the client
 * was given is a confirmed booking, no two live bookings or holds overlap and no equipment is used
 * beyond its count, no hold outlived its expiry by more than a sweep, and Flyway finds the schema
 * as its migrations say.
 */
final class ChaosChecks {

    /** What one check found. */
    record Findings(int confirmed, int lost, int overlaps, int unswept, boolean schemaValid, List<StaleHold> liveHolds) {
    }

    private ChaosChecks() {
    }

    /**
     * @param sweptBefore holds that expired before this instant must have been swept (or taken over) by now
     */
    /** The app's Java migrations are Spring beans (V16); built here by their classes, as Spring would. */
    private static JavaMigration[] javaMigrations() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(JavaMigration.class));
        return scanner.findCandidateComponents("com.spakiosk").stream()
                .map(candidate -> (JavaMigration) BeanUtils.instantiateClass(
                        ClassUtils.resolveClassName(candidate.getBeanClassName(), null)))
                .toArray(JavaMigration[]::new);
    }

    static Findings check(ChaosDatabase database, Path runDir, Instant sweptBefore) throws IOException, SQLException {
        List<String> codes = confirmedCodes(runDir.resolve(ChaosFiles.CODES));
        try (Connection connection = database.connect(runDir)) {
            Set<String> stored = new HashSet<>();
            try (var rows = connection.createStatement().executeQuery(
                    "select reference_code from booking where status = 'CONFIRMED'")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            int lost = 0;
            for (String code : codes) {
                if (!stored.contains(code) && ++lost <= 10) {
                    System.out.println("LOST " + code + (lost == 10 ? " (and maybe more: only the first ten are named)" : ""));
                }
            }
            int overlaps = count(connection, OverlapQueries.OVERLAPPING_PAIRS)
                    + count(connection, OverlapQueries.OVERBOOKED_EQUIPMENT);
            int unswept;
            try (var statement = connection.prepareStatement(
                    "select count(*) from booking where status = 'HELD' and hold_expires_at < ?")) {
                statement.setTimestamp(1, Timestamp.from(sweptBefore));
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    unswept = rows.getInt(1);
                }
            }
            return new Findings(codes.size(), lost, overlaps, unswept, schemaValid(database, connection),
                    liveHolds(connection));
        }
    }

    /** The complete lines of the codes file; a torn last line (no newline) was never acknowledged. */
    static List<String> confirmedCodes(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : text.substring(0, end).lines().filter(l -> !l.isBlank()).toList();
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<StaleHold> liveHolds(Connection connection) throws SQLException {
        List<StaleHold> holds = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery("select id, treatment_id, variant_id, therapist_id,"
                + " room_id, starts_at, hold_expires_at from booking where status = 'HELD' order by id")) {
            while (rows.next()) {
                holds.add(new StaleHold(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(5), rows.getObject(6, OffsetDateTime.class).toInstant(),
                        rows.getObject(7, OffsetDateTime.class).toInstant()));
            }
        }
        return holds;
    }

    /** Flyway's validate, with the app's own locations: the applied migrations match the scripts. */
    private static boolean schemaValid(ChaosDatabase database, Connection connection) {
        var result = Flyway.configure()
                .dataSource(new SingleConnectionDataSource(connection, true))
                .locations("classpath:db/migration", "classpath:db/vendor/" + database.vendor)
                .javaMigrations(javaMigrations())
                .outOfOrder(true).load().validateWithResult();
        if (!result.validationSuccessful) {
            System.out.println("SCHEMA " + result.getAllErrorMessages());
        }
        return result.validationSuccessful;
    }
}
