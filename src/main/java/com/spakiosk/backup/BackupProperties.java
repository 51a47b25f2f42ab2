package com.spakiosk.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nightly backup of the embedded H2 database (README, Backups).
 *
 * @param folder where the backups go ({@code SPA_BACKUP_FOLDER}), next to the database by default
 * @param keep   how many backups stay ({@code SPA_BACKUP_KEEP}); older ones are deleted after a new one is written
 * @param cron   when, in the spa's time zone ({@code SPA_BACKUP_CRON}, Spring's six-field cron)
 */
@ConfigurationProperties("spa.backup")
public record BackupProperties(
        @DefaultValue("./data/backups") Path folder,
        @DefaultValue("7") int keep,
        @DefaultValue("0 30 3 * * *") String cron) {

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("spa.backup.keep (SPA_BACKUP_KEEP) must be at least 1, not " + keep);
        }
    }
}
