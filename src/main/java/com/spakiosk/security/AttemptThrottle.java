package com.spakiosk.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Throttles guesses other than passwords: a kiosk looking up bookings by code and second
 * factor. Each look-up is counted per kiosk and per booking code before it is verified; a
 * kiosk pauses briefly after many misses (so a prankster cannot close it for long), a code
 * locks for longer (so it cannot be guessed at from several kiosks). The counters are shared
 * by all app instances (database); the policies are in docs/decisions/0010-throttling.md.
 */
@Service
public class AttemptThrottle {

    private final LoginThrottleService throttles;

    AttemptThrottle(LoginThrottleService throttles) {
        this.throttles = throttles;
    }

    /**
     * Counts one kiosk look-up (a find or a cancel) against the kiosk and against the booking
     * code, atomically, before anything is verified. Empty: go ahead. Present: refused; wait
     * this long.
     */
    @AnonymousAccess("the kiosk's guests look up their booking without signing in; this is their guard")
    public Optional<Duration> admitLookup(String kioskAddress, String code) {
        return throttles.admitLookup(kioskAddress, code);
    }

    /** The look-up found the booking: the kiosk's and the code's counters start over. */
    @AnonymousAccess("called after a guest's successful look-up at the kiosk")
    public void lookupSucceeded(String kioskAddress, String code) {
        throttles.lookupSucceeded(kioskAddress, code);
    }
}
