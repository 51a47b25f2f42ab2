package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = ThrottlePolicy.PER_ACCOUNT_AND_ADDRESS;
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

    @Test
    void a_locked_key_refuses_without_counting_and_says_how_long_to_wait() {
        ThrottlePolicy.State locked = fail(5, t0);
        ThrottlePolicy.Admission refused = policy.admit(locked, t0.plusSeconds(20));
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.refusedFor()).isEqualTo(Duration.ofSeconds(40));
        assertThat(refused.next()).isEqualTo(locked);
    }

    @Test
    void a_success_at_an_address_takes_its_attempt_and_the_lock_it_caused_back() {
        ThrottlePolicy.State state = null;
        for (int i = 0; i < 20; i++) {
            state = ThrottlePolicy.PER_ADDRESS.afterFailure(state, t0);
        }
        ThrottlePolicy.State refunded = ThrottlePolicy.PER_ADDRESS.refund(state);
        assertThat(refunded.failures()).isEqualTo(19);
        assertThat(refunded.isLockedAt(t0)).isFalse();
    }

    @Test
    void a_kiosk_pause_never_grows_past_two_minutes() {
        assertThat(ThrottlePolicy.PER_KIOSK.lockLength(10)).isEqualTo(Duration.ofMinutes(2));
        assertThat(ThrottlePolicy.PER_KIOSK.lockLength(50)).isEqualTo(Duration.ofMinutes(2));
    }
}
