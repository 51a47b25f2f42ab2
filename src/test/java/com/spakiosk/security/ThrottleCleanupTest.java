package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Throttle counters are forgotten once they no longer count (point 13). */
@SpringTest
class ThrottleCleanupTest {

    @Autowired AttemptThrottle throttle;
    @Autowired ThrottleCleaner cleaner;
    @Autowired LoginThrottleRepository rows;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void counters_older_than_a_day_are_deleted_and_fresh_ones_are_kept() {
        String oldCode = UUID.randomUUID().toString().substring(0, 6);
        throttle.admitLookup("kiosk-old-" + UUID.randomUUID(), oldCode);
        long before = rows.count();
        clock.advance(Duration.ofHours(25));
        throttle.admitLookup("kiosk-new-" + UUID.randomUUID(), UUID.randomUUID().toString().substring(0, 6));

        cleaner.clean();

        assertThat(rows.count()).isLessThan(before + 2).isGreaterThanOrEqualTo(2);
        assertThat(throttle.admitLookup("kiosk-" + UUID.randomUUID(), oldCode)).isEmpty();
    }

    @Test
    void a_locked_counter_is_kept_until_its_lock_ends() {
        String code = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            throttle.admitLookup("kiosk-" + UUID.randomUUID(), code);
        }
        clock.advance(Duration.ofMinutes(10));
        cleaner.clean();
        assertThat(throttle.admitLookup("kiosk-" + UUID.randomUUID(), code)).isPresent();
    }
}
