package com.spakiosk.security;

import java.time.Duration;
import java.time.Instant;

/**
 * When repeated attempts on a key (an account at an address, an address, a kiosk, a booking
 * code) lock it, and for how long. Attempts are counted <em>before</em> they are verified
 * ({@link #admit}): the {@code threshold}-th attempt within {@code window} is still evaluated
 * but locks the key for {@code firstLock}; while locked nothing is evaluated; after the lock,
 * each further attempt is evaluated once and locks again, doubling up to {@code maxLock}. A
 * success resets the key (or, for an address, takes its attempt back). So in any burst, however
 * parallel, at most {@code threshold} attempts reach the check. The policies and their reasons
 * are in docs/decisions/0010-throttling.md.
 */
record ThrottlePolicy(int threshold, Duration window, Duration firstLock, Duration maxLock) {

    /** Sign-in from one address to one account: the real gate against guessing a password. */
    static final ThrottlePolicy PER_ACCOUNT_AND_ADDRESS = new ThrottlePolicy(5, Duration.ofHours(24),
            Duration.ofMinutes(1), Duration.ofHours(1));
    /**
     * Failed sign-ins to one account from anywhere: past this the account is "under attack" and
     * only addresses that have not failed on it recently are heard: a slow-down for the attacker,
     * never a lock-out of the owner at a clean address.
     */
    static final ThrottlePolicy PER_ACCOUNT = new ThrottlePolicy(10, Duration.ofHours(1),
            Duration.ofMinutes(15), Duration.ofHours(1));
    /** Sign-in attempts from one address across accounts (successes are taken back). */
    static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(20, Duration.ofHours(1),
            Duration.ofMinutes(15), Duration.ofHours(1));
    /** Look-ups at one kiosk: a short pause, never doubling, so a prankster cannot close it for long. */
    static final ThrottlePolicy PER_KIOSK = new ThrottlePolicy(10, Duration.ofMinutes(10),
            Duration.ofMinutes(2), Duration.ofMinutes(2));
    /** Look-ups of one booking code from any kiosk: the guard of its second factor (10^4 phone endings). */
    static final ThrottlePolicy PER_CODE = new ThrottlePolicy(5, Duration.ofHours(1),
            Duration.ofMinutes(15), Duration.ofHours(1));

    /** The longest window of all policies: a row older than this that is not locked counts for nothing. */
    static final Duration LONGEST_WINDOW = Duration.ofHours(24);

    /** The counter for one key: attempts since the window started, and any lock. */
    record State(int failures, Instant windowStartedAt, Instant lockedUntil) {

        static State fresh(Instant now) {
            return new State(0, now, null);
        }

        boolean isLockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** The decision on one attempt: the counter to store, or (when refused) how long to wait. */
    record Admission(State next, Duration refusedFor) {

        boolean admitted() {
            return refusedFor == null;
        }
    }

    /** Counts an attempt that is about to be verified, or refuses it while the key is locked. */
    Admission admit(State previous, Instant now) {
        if (previous != null && previous.isLockedAt(now)) {
            return new Admission(previous, Duration.between(now, previous.lockedUntil()));
        }
        return new Admission(afterFailure(previous, now), null);
    }

    /** Counts one attempt (or failure) and locks when it reaches the threshold. */
    State afterFailure(State previous, Instant now) {
        State current = previous == null || windowHasPassed(previous, now) ? State.fresh(now) : previous;
        int failures = current.failures() + 1;
        Instant lockedUntil = failures >= threshold ? now.plus(lockLength(failures)) : current.lockedUntil();
        return new State(failures, current.windowStartedAt(), lockedUntil);
    }

    /** Takes back one attempt that turned out to be a success; a lock it caused goes with it. */
    State refund(State state) {
        int failures = Math.max(0, state.failures() - 1);
        return new State(failures, state.windowStartedAt(), failures < threshold ? null : state.lockedUntil());
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
