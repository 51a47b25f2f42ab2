package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production jar on an embedded database it cannot use, started as an unprivileged user
 * ({@code nobody}, through {@code runuser}: as root, file permissions do not bite), the way an
 * operator starts it from a folder: each case stops with one sentence naming the folder and what
 * to do, and no stack trace. Needs root to switch users (CI runs as root); skipped otherwise.
 * Runs under failsafe, after {@code package} built the jar.
 */
class EmbeddedStorageFailureIT {

    private static final Path RUNUSER = Path.of("/usr/sbin/runuser");

    @TempDir
    static Path root;

    static Path jar;

    @BeforeAll
    static void copy_the_jar_where_nobody_can_read_it() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(RUNUSER),
                "switching to user nobody needs root and runuser");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            Path source = built.filter(p -> p.getFileName().toString().matches("spa-kiosk-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run after package"));
            jar = Files.copy(source, root.resolve("spa-kiosk.jar"));
        }
    }

    @Test
    void a_data_folder_the_user_may_not_read_is_named_with_what_to_do() throws Exception {
        Path spa = spaFolder("unreadable");
        Path data = spa.resolve("data");
        Files.setOwner(data, lookup().lookupPrincipalByName("root"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));

        String output = startAsNobody(spa);

        assertThat(output).contains("The embedded database folder " + data + " cannot be read by user 'nobody'.")
                .contains("Give user 'nobody' read and write access to " + data);
        assertNoStackTrace(output);
    }

    @Test
    void a_start_from_a_folder_where_the_user_may_not_create_data_says_where_to_start_instead() throws Exception {
        Path spa = Files.createDirectories(root.resolve("not-mine")); // root's, rwxr-xr-x: nobody may not write

        String output = startAsNobody(spa);

        assertThat(output).contains("The embedded database folder " + spa.resolve("data")
                + " does not exist, and user 'nobody' may not create it.");
        assertNoStackTrace(output);
    }

    @Test
    void a_read_only_data_folder_refuses_the_start_instead_of_failing_at_the_first_booking() throws Exception {
        Path spa = spaFolder("read-only");
        Path data = spa.resolve("data");
        Files.setPosixFilePermissions(data.resolve("spa-kiosk.mv.db"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));

        String output = startAsNobody(spa);

        assertThat(output).contains("The embedded database in " + data + " is read only for user 'nobody'")
                .contains("or restore the folder from a backup");
        assertNoStackTrace(output);
    }

    @Test
    void a_damaged_database_file_is_named_with_restore_or_move_it_aside() throws Exception {
        Path spa = spaFolder("damaged");
        Path file = spa.resolve("data/spa-kiosk.mv.db");
        try (var damage = new RandomAccessFile(file.toFile(), "rw")) {
            // Both file headers (the first 8 KB). Damage further in may go unnoticed: H2 then quietly
            // falls back to an older state of the file, which no start-up check can tell.
            damage.write("not a database any more ".repeat(400).getBytes(StandardCharsets.US_ASCII), 0, 8192);
        }

        String output = startAsNobody(spa);

        assertThat(output).contains("The embedded database file spa-kiosk.mv.db in " + spa.resolve("data") + " is damaged.")
                .contains("move the damaged file aside (mv " + file + " " + file + ".damaged)");
        assertNoStackTrace(output);
    }

    /** A folder owned by nobody with a migrated database in ./data, as a spa that has run before. */
    private static Path spaFolder(String name) throws IOException {
        Path spa = Files.createDirectories(root.resolve(name).resolve("data")).getParent();
        Flyway.configure().dataSource("jdbc:h2:file:" + spa.resolve("data/spa-kiosk"), "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        var nobody = lookup().lookupPrincipalByName("nobody");
        for (Path p : List.of(spa, spa.resolve("data"), spa.resolve("data/spa-kiosk.mv.db"))) {
            Files.setOwner(p, nobody);
        }
        return spa;
    }

    private static UserPrincipalLookupService lookup() {
        return root.getFileSystem().getUserPrincipalLookupService();
    }

    /** Starts the production jar as user nobody from the spa's folder; returns what it printed once it stopped. */
    private static String startAsNobody(Path spa) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var builder = new ProcessBuilder(RUNUSER.toString(), "-u", "nobody", "--", java.toString(),
                "-jar", jar.toString(), "--spring.main.banner-mode=off")
                .directory(spa.toFile()).redirectErrorStream(true);
        builder.environment().put("PORT", "0");
        Process app = builder.start();
        byte[] printed = app.getInputStream().readAllBytes();
        assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the app stops by itself").isTrue();
        assertThat(app.exitValue()).isNotZero();
        return new String(printed, StandardCharsets.UTF_8);
    }

    private static void assertNoStackTrace(String output) {
        assertThat(output).doesNotContain("\tat ").doesNotContain("Caused by").doesNotContain("Application run failed");
    }
}
