package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Kiosk look-ups: a short pause per kiosk, a longer lock per booking code, both reset by a find (point 6). */
@SpringTest
class KioskLookupThrottleTest {

    @Autowired AttemptThrottle throttle;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void ten_misses_pause_a_kiosk_for_two_minutes_and_never_longer() {
        String kiosk = newKiosk();
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.admitLookup(kiosk, newCode())).as("look-up " + (i + 1)).isEmpty();
        }
        assertThat(throttle.admitLookup(kiosk, newCode())).hasValueSatisfying(
                wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(2)).isPositive());
        for (int pause = 0; pause < 3; pause++) { // a prankster keeps going (within the window): still two minutes
            clock.advance(Duration.ofMinutes(2).plusSeconds(1));
            assertThat(throttle.admitLookup(kiosk, newCode())).isEmpty();
            assertThat(throttle.admitLookup(kiosk, newCode())).hasValueSatisfying(
                    wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(2)));
        }
    }

    @Test
    void a_found_booking_lets_the_next_guest_at_that_kiosk_start_afresh() {
        String kiosk = newKiosk();
        for (int i = 0; i < 9; i++) {
            throttle.admitLookup(kiosk, newCode());
        }
        String code = newCode();
        assertThat(throttle.admitLookup(kiosk, code)).isEmpty();
        throttle.lookupSucceeded(kiosk, code);
        for (int i = 0; i < 9; i++) {
            assertThat(throttle.admitLookup(kiosk, newCode())).isEmpty();
        }
    }

    @Test
    void one_code_tried_five_times_from_several_kiosks_is_locked_for_a_quarter_of_an_hour() {
        String code = newCode();
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admitLookup(newKiosk(), code)).isEmpty();
        }
        assertThat(throttle.admitLookup(newKiosk(), code)).hasValueSatisfying(
                wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(14)).isLessThanOrEqualTo(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.admitLookup(newKiosk(), code)).isEmpty();
        assertThat(throttle.admitLookup(newKiosk(), code)).hasValueSatisfying(
                wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(29)));
    }

    @Test
    void a_code_typed_in_lower_case_or_with_spaces_counts_as_the_same_code() {
        String code = newCode();
        for (int i = 0; i < 5; i++) {
            throttle.admitLookup(newKiosk(), i % 2 == 0 ? " " + code.toLowerCase() + " " : code);
        }
        assertThat(throttle.admitLookup(newKiosk(), code)).isPresent();
    }

    private static String newKiosk() {
        return "198.51.100." + UUID.randomUUID();
    }

    private static String newCode() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
