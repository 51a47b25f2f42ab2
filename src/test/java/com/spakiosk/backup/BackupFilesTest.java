package com.spakiosk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupFilesTest {

    @Test
    void a_backup_is_named_by_the_local_date_and_time_it_was_taken() {
        assertThat(BackupFiles.nameFor(LocalDateTime.of(2026, 11, 22, 3, 30, 0)))
                .isEqualTo("spa-kiosk-2026-11-22-033000.zip");
    }

    @Test
    void only_the_newest_backups_are_kept_whatever_order_the_folder_lists_them_in() {
        List<String> names = List.of("spa-kiosk-2026-11-20-033000.zip", "spa-kiosk-2026-11-22-033000.zip",
                "spa-kiosk-2026-11-19-033000.zip", "spa-kiosk-2026-11-21-033000.zip");

        assertThat(BackupFiles.beyond(names, 2))
                .containsExactly("spa-kiosk-2026-11-20-033000.zip", "spa-kiosk-2026-11-19-033000.zip");
    }

    @Test
    void files_that_are_not_our_backups_are_never_deleted() {
        List<String> names = List.of("spa-kiosk-2026-11-20-033000.zip", "notes.txt", "my-copy.zip",
                ".spa-kiosk-2026-11-21-033000.zip.part", "spa-kiosk-2026-11-21-033000.zip");

        assertThat(BackupFiles.beyond(names, 1)).containsExactly("spa-kiosk-2026-11-20-033000.zip");
    }
}
