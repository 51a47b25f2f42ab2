package com.spakiosk.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** The failed-sign-in counter of one account or client address, shared by all app instances. */
@Entity
class LoginThrottle {

    @Id
    private String throttleKey;
    private int failures;
    private Instant windowStartedAt;
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    LoginThrottle(String throttleKey) {
        this.throttleKey = throttleKey;
    }

    ThrottlePolicy.State state() {
        return windowStartedAt == null ? null : new ThrottlePolicy.State(failures, windowStartedAt, lockedUntil);
    }

    void apply(ThrottlePolicy.State state) {
        this.failures = state.failures();
        this.windowStartedAt = state.windowStartedAt();
        this.lockedUntil = state.lockedUntil();
    }

    String getThrottleKey() {
        return throttleKey;
    }
}
