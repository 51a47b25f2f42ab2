package com.spakiosk.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of backup files and which of them go: named by the spa's local date and time, so
 * that they sort by age and a person sees at a glance which night a file is from. Only files
 * with exactly this shape are ever deleted; anything else in the folder is left alone.
 */
final class BackupFiles {

    static final String PREFIX = "spa-kiosk-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile("spa-kiosk-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.zip");

    private BackupFiles() {
    }

    /** {@code spa-kiosk-2026-11-22-033000.zip} for a backup taken at 03:30 local time. */
    static String nameFor(LocalDateTime localTime) {
        return PREFIX + STAMP.format(localTime) + ".zip";
    }

    static boolean isBackup(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /** Of these file names, the backups beyond the newest {@code keep}: the ones to delete. */
    static List<String> beyond(List<String> fileNames, int keep) {
        return fileNames.stream().filter(BackupFiles::isBackup).sorted(Comparator.reverseOrder()).skip(keep).toList();
    }
}
