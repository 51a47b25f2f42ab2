package com.spakiosk.security;

import java.time.Duration;
import java.time.Instant;

/**
 * When repeated failed sign-ins lock a key (an account or a client address), and for how
 * long. After {@code threshold} failures within {@code window} the key is locked for
 * {@code firstLock}, doubling with each further failure up to {@code maxLock}. A five-try,
 * one-minute-doubling policy over a day leaves an attacker a few dozen guesses per account
 * per day, against passwords of twelve or more characters.
 */
record ThrottlePolicy(int threshold, Duration window, Duration firstLock, Duration maxLock) {

    static final ThrottlePolicy PER_ACCOUNT = new ThrottlePolicy(5, Duration.ofHours(24),
            Duration.ofMinutes(1), Duration.ofHours(1));
    static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(20, Duration.ofHours(1),
            Duration.ofMinutes(15), Duration.ofHours(1));

    /** The counter for one key: failures since the window started, and any lock. */
    record State(int failures, Instant windowStartedAt, Instant lockedUntil) {

        static State fresh(Instant now) {
            return new State(0, now, null);
        }

        boolean isLockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    State afterFailure(State previous, Instant now) {
        State current = previous == null || windowHasPassed(previous, now) ? State.fresh(now) : previous;
        int failures = current.failures() + 1;
        Instant lockedUntil = failures >= threshold ? now.plus(lockLength(failures)) : current.lockedUntil();
        return new State(failures, current.windowStartedAt(), lockedUntil);
    }

    Duration lockLength(int failures) {
        int doublings = Math.min(failures - threshold, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    private boolean windowHasPassed(State state, Instant now) {
        return !state.isLockedAt(now) && !now.isBefore(state.windowStartedAt().plus(window));
    }
}
