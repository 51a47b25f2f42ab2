package com.spakiosk.backup;

import com.spakiosk.base.SpaProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, an online backup of the embedded H2 file database into {@link BackupProperties#folder()},
 * keeping the newest {@link BackupProperties#keep()}. H2's {@code BACKUP TO} copies a consistent
 * state while the kiosk keeps booking. The file is written under a temporary name and renamed
 * when complete, so a half-written zip never looks like a backup. PostgreSQL is backed up with
 * its own tools (README, Backups): there this does nothing.
 */
@Component
public class H2Backup {

    private static final Logger log = LoggerFactory.getLogger(H2Backup.class);

    private final JdbcTemplate jdbc;
    private final BackupProperties properties;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean embedded;
    /** One backup at a time: a manual one while the nightly runs waits for nothing, it is skipped. */
    private final ReentrantLock running = new ReentrantLock();

    H2Backup(JdbcTemplate jdbc, BackupProperties properties, SpaProperties spa, Clock clock, Environment environment) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.zone = spa.zone();
        this.embedded = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:file:");
    }

    @Scheduled(cron = "${spa.backup.cron:0 30 3 * * *}", zone = "${spa.zone:Europe/Berlin}")
    void nightly() {
        if (!embedded) {
            return;
        }
        try {
            backUp().ifPresent(file -> log.info("Nightly backup written: {}", file));
        } catch (RuntimeException e) {
            // The kiosk keeps running; the next night tries again. A person watching the log sees it.
            log.error("The nightly backup to {} failed: {}", properties.folder().toAbsolutePath(), e.toString());
        }
    }

    /**
     * Writes a backup now and deletes the ones beyond the newest {@code keep}. Empty when another
     * backup is running or the database is not the embedded H2 file.
     */
    public Optional<Path> backUp() {
        if (!embedded || !running.tryLock()) {
            return Optional.empty();
        }
        try {
            Path folder = properties.folder().toAbsolutePath();
            Files.createDirectories(folder);
            Path target = folder.resolve(BackupFiles.nameFor(LocalDateTime.now(clock.withZone(zone))));
            Path partial = folder.resolve("." + target.getFileName() + ".part");
            Files.deleteIfExists(partial);
            // BACKUP TO takes a literal, not a parameter; the path is ours, its quotes are doubled anyway.
            jdbc.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            rotate(folder);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup into " + properties.folder(), e);
        } finally {
            running.unlock();
        }
    }

    private void rotate(Path folder) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(f -> f.getFileName().toString()).toList();
        }
        for (String old : BackupFiles.beyond(names, properties.keep())) {
            Files.deleteIfExists(folder.resolve(old));
        }
    }
}
