package com.spakiosk.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.chaos.StaleHolds.StaleHold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's own bookkeeping: what counts as an acknowledged code, and the hand-over of stale holds. */
class ChaosChecksTest {

    @TempDir
    Path dir;

    @Test
    void a_code_whose_line_the_kill_cut_short_was_never_acknowledged() throws Exception {
        Path codes = dir.resolve(ChaosFiles.CODES);
        Files.writeString(codes, "K7Q2MX\nP3WZ8T\nR5N");

        assertThat(ChaosChecks.confirmedCodes(codes)).containsExactly("K7Q2MX", "P3WZ8T");
    }

    @Test
    void no_codes_file_means_nothing_was_confirmed_yet() throws Exception {
        assertThat(ChaosChecks.confirmedCodes(dir.resolve(ChaosFiles.CODES))).isEmpty();
    }

    @Test
    void a_stale_hold_reads_back_as_the_harness_wrote_it() {
        var hold = new StaleHold(41, 3, 7, 2, 5, Instant.parse("2027-03-01T09:15:00Z"),
                Instant.parse("2026-11-22T04:00:05.250Z"));

        assertThat(StaleHold.parse(hold.line())).isEqualTo(hold);
    }

    @Test
    void the_databases_are_named_as_the_profile_takes_them() {
        assertThat(ChaosDatabase.parse("both")).containsExactly(ChaosDatabase.H2, ChaosDatabase.POSTGRES);
        assertThat(ChaosDatabase.parse("postgres")).containsExactly(ChaosDatabase.POSTGRES);
    }
}
