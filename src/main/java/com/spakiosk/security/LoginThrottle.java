package com.spakiosk.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * The attempt counter of one key (a pseudonym), shared by all app instances. A new counter is
 * inserted, never merged: if another transaction inserted the same key meanwhile, the insert
 * fails on the primary key and the attempt is retried under the row lock, instead of silently
 * overwriting the other's count.
 */
@Entity
class LoginThrottle implements Persistable<String> {

    @Id
    private String throttleKey;
    private int failures;
    private Instant windowStartedAt;
    private Instant lockedUntil;

    @Transient
    private boolean isNew;

    protected LoginThrottle() {
    }

    LoginThrottle(String throttleKey) {
        this.throttleKey = throttleKey;
        this.isNew = true;
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

    @Override
    public String getId() {
        return throttleKey;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.isNew = false;
    }
}
