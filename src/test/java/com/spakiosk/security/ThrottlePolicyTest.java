package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = ThrottlePolicy.PER_ACCOUNT;
    private final Instant t0 = Instant.parse("2026-11-21T09:00:00Z");

    private ThrottlePolicy.State fail(int times, Instant at) {
        ThrottlePolicy.State state = null;
        for (int i = 0; i < times; i++) {
            state = policy.afterFailure(state, at);
        }
        return state;
    }

    @Test
    void four_failures_do_not_lock_an_account() {
        assertThat(fail(4, t0).isLockedAt(t0)).isFalse();
    }

    @Test
    void the_fifth_failure_locks_the_account_for_a_minute() {
        ThrottlePolicy.State state = fail(5, t0);
        assertThat(state.isLockedAt(t0.plusSeconds(59))).isTrue();
        assertThat(state.isLockedAt(t0.plusSeconds(60))).isFalse();
    }

    @Test
    void each_further_failure_doubles_the_lock_up_to_an_hour() {
        assertThat(policy.lockLength(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.lockLength(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.lockLength(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void failures_are_forgotten_after_the_window_when_not_locked() {
        ThrottlePolicy.State state = fail(4, t0);
        ThrottlePolicy.State later = policy.afterFailure(state, t0.plus(Duration.ofHours(25)));
        assertThat(later.failures()).isEqualTo(1);
    }

    @Test
    void a_client_address_is_locked_after_twenty_failures_across_accounts() {
        ThrottlePolicy.State state = null;
        for (int i = 0; i < 19; i++) {
            state = ThrottlePolicy.PER_ADDRESS.afterFailure(state, t0);
        }
        assertThat(state.isLockedAt(t0)).isFalse();
        state = ThrottlePolicy.PER_ADDRESS.afterFailure(state, t0);
        assertThat(state.isLockedAt(t0.plus(Duration.ofMinutes(14)))).isTrue();
    }
}
