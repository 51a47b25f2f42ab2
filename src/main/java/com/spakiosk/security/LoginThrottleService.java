package com.spakiosk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per account and per client address in the database, so that every
 * app instance sees the same counters and a restart does not reset them.
 */
@Service
class LoginThrottleService {

    private static final int KEY_PART_MAX = 120;
    private static final int KEY_MAX = 200;

    private final LoginThrottleRepository throttles;
    private final TransactionTemplate tx;
    private final Clock clock;

    LoginThrottleService(LoginThrottleRepository throttles, PlatformTransactionManager txManager, Clock clock) {
        this.throttles = throttles;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /** How much longer sign-in is refused for this account or this address, if at all. */
    Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        return tx.execute(status -> Stream.of(accountKey(username), addressKey(address))
                .map(throttles::findById)
                .flatMap(Optional::stream)
                .map(LoginThrottle::state)
                .filter(s -> s != null && s.isLockedAt(now))
                .map(s -> Duration.between(now, s.lockedUntil()))
                .max(Duration::compareTo));
    }

    void recordFailure(String username, String address) {
        count(accountKey(username), ThrottlePolicy.PER_ACCOUNT);
        count(addressKey(address), ThrottlePolicy.PER_ADDRESS);
    }

    /** How much longer a single key is locked, if at all. */
    Optional<Duration> lockedFor(String key) {
        Instant now = clock.instant();
        return tx.execute(status -> throttles.findById(storable(key)).map(LoginThrottle::state)
                .filter(s -> s != null && s.isLockedAt(now)).map(s -> Duration.between(now, s.lockedUntil())));
    }

    /** A successful sign-in clears the account's counter; the address keeps its own. */
    void recordSuccess(String username) {
        tx.executeWithoutResult(status -> throttles.deleteById(accountKey(username)));
    }

    void count(String key, ThrottlePolicy policy) {
        String k = storable(key);
        try {
            countOnce(k, policy);
        } catch (DataIntegrityViolationException firstInsertRace) {
            countOnce(k, policy); // another instance created the row first: now it exists, lock it
        }
    }

    private void countOnce(String key, ThrottlePolicy policy) {
        tx.executeWithoutResult(status -> {
            LoginThrottle row = throttles.findForUpdate(key).orElseGet(() -> new LoginThrottle(key));
            row.apply(policy.afterFailure(row.state(), clock.instant()));
            throttles.saveAndFlush(row);
        });
    }

    static String accountKey(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + truncate(u);
    }

    static String addressKey(String address) {
        return "address:" + truncate(address == null ? "unknown" : address);
    }

    private static String truncate(String part) {
        return part.length() > KEY_PART_MAX ? part.substring(0, KEY_PART_MAX) : part;
    }

    /** A whole key as stored (the column holds 200 characters). */
    private static String storable(String key) {
        return key.length() > KEY_MAX ? key.substring(0, KEY_MAX) : key;
    }
}
