package com.spakiosk.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Throttles guesses other than passwords, such as a kiosk looking up bookings by code: after
 * five failures the key is locked for a minute, doubling up to an hour. The counters are shared
 * by all app instances (database).
 */
@Service
public class AttemptThrottle {

    private final LoginThrottleService throttles;

    AttemptThrottle(LoginThrottleService throttles) {
        this.throttles = throttles;
    }

    public Optional<Duration> lockedFor(String key) {
        return throttles.lockedFor(key);
    }

    public void recordFailure(String key) {
        throttles.count(key, ThrottlePolicy.PER_ACCOUNT);
    }
}
