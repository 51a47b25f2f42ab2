package com.spakiosk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.Application;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The restore in the README works: a backup taken while the app runs, unzipped into a fresh
 * folder, starts the app with the data as it was at the backup, and nothing written after it.
 * Runs under failsafe: it starts whole applications (STACK.md).
 */
class H2BackupRestoreIT {

    @TempDir
    Path dir;

    @Test
    void a_backup_unzipped_into_a_fresh_folder_starts_the_app_with_the_data_of_that_moment() throws IOException {
        Path backups = dir.resolve("backups");
        long bookings;
        Path backup;
        try (var live = start(dir.resolve("live").resolve("spa"), backups)) {
            JdbcTemplate jdbc = live.getBean(JdbcTemplate.class);
            bookings = jdbc.queryForObject("select count(*) from booking", Long.class);
            assertThat(bookings).isPositive();
            jdbc.update("update treatment set name = 'Named before the backup' where code = 'PREVENTIVE'");

            backup = live.getBean(H2Backup.class).backUp().orElseThrow();

            jdbc.update("update treatment set name = 'Renamed after the backup' where code = 'PREVENTIVE'");
        }
        assertThat(backup.getParent()).isEqualTo(backups.toAbsolutePath());
        assertThat(BackupFiles.isBackup(backup.getFileName().toString())).isTrue();

        // README, Backups: unzip the night's file into an empty data folder, start the app on it.
        Path restored = dir.resolve("restored");
        unzip(backup, restored);
        try (var app = start(restored.resolve("spa"), backups)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from booking", Long.class)).isEqualTo(bookings);
            assertThat(jdbc.queryForObject("select name from treatment where code = 'PREVENTIVE'", String.class))
                    .isEqualTo("Named before the backup");
        }
    }

    @Test
    void the_backup_folder_keeps_only_the_configured_number_of_backups() throws IOException {
        Path backups = dir.resolve("kept");
        Files.createDirectories(backups);
        for (String old : List.of("spa-kiosk-2020-01-01-033000.zip", "spa-kiosk-2020-01-02-033000.zip",
                "spa-kiosk-2020-01-03-033000.zip")) {
            Files.writeString(backups.resolve(old), "an old night");
        }
        Files.writeString(backups.resolve("README.txt"), "not a backup");
        try (var app = start(dir.resolve("db").resolve("spa"), backups, "--spa.backup.keep=2")) {
            Path newest = app.getBean(H2Backup.class).backUp().orElseThrow();

            try (var files = Files.list(backups)) {
                assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly(
                        "README.txt", "spa-kiosk-2020-01-03-033000.zip", newest.getFileName().toString());
            }
        }
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).isTrue();
                Files.copy(entries, target);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path database, Path backups, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:file:" + database + ";WRITE_DELAY=0",
                "--spa.backup.folder=" + backups, "--server.port=0", "--spa.security.bcrypt-strength=10",
                "--spring.main.banner-mode=off", "--spring.profiles.active=demo"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }
}
