package com.spakiosk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throttle counters in the database, shared by every app instance and kept across restarts.
 * Each attempt is counted under row locks in one transaction <em>before</em> it is verified, so
 * parallel attempts cannot all slip past one check (decision 0010). Keys are HMAC pseudonyms.
 */
@Service
class LoginThrottleService {

    private final LoginThrottleRepository throttles;
    private final Pseudonyms pseudonyms;
    private final TransactionTemplate tx;
    private final Clock clock;

    LoginThrottleService(LoginThrottleRepository throttles, Pseudonyms pseudonyms, PlatformTransactionManager txManager,
                         Clock clock) {
        this.throttles = throttles;
        this.pseudonyms = pseudonyms;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /** The sign-in outcome for the log and the caller: refused for how long, and why. */
    record Refusal(Duration retryAfter, String reason) {
    }

    /**
     * Counts a sign-in attempt per address and per account-and-address, or refuses it: when
     * either is locked, or when the account is under attack and this address has failed on it.
     */
    Optional<Refusal> admitSignIn(String username, String address) {
        String addressKey = addressKey(address);
        String pairKey = pairKey(username, address);
        String accountKey = accountKey(username);
        return countedOnce(now -> {
            Optional<Duration> addressLock = admit(addressKey, ThrottlePolicy.PER_ADDRESS, now);
            if (addressLock.isPresent()) {
                return Optional.of(new Refusal(addressLock.get(), "address locked"));
            }
            LoginThrottle pair = throttles.findForUpdate(pairKey).orElseGet(() -> new LoginThrottle(pairKey));
            ThrottlePolicy.State here = pair.state();
            boolean failedHereBefore = here != null && here.failures() > 0
                    && now.isBefore(here.windowStartedAt().plus(ThrottlePolicy.PER_ACCOUNT_AND_ADDRESS.window()));
            if (failedHereBefore) {
                Optional<Duration> underAttack = lockOf(accountKey, now);
                if (underAttack.isPresent()) {
                    return Optional.of(new Refusal(underAttack.get(), "account under attack"));
                }
            }
            return admit(pair, ThrottlePolicy.PER_ACCOUNT_AND_ADDRESS, now)
                    .map(wait -> new Refusal(wait, "account and address locked"));
        });
    }

    /** The right password: the pair starts over, the address gets its attempt back. */
    void signInSucceeded(String username, String address) {
        String addressKey = addressKey(address);
        String pairKey = pairKey(username, address);
        tx.executeWithoutResult(status -> {
            throttles.findForUpdate(addressKey).filter(row -> row.state() != null)
                    .ifPresent(row -> row.apply(ThrottlePolicy.PER_ADDRESS.refund(row.state())));
            throttles.findForUpdate(pairKey).ifPresent(throttles::delete);
        });
    }

    /**
     * A wrong password: counts against the account as a whole (the slow-down); answers whether
     * this failure put the account under attack just now.
     */
    boolean signInFailed(String username) {
        String key = accountKey(username);
        return retriedOnce(() -> tx.execute(status -> {
            Instant now = clock.instant();
            LoginThrottle row = throttles.findForUpdate(key).orElseGet(() -> new LoginThrottle(key));
            boolean wasLocked = row.state() != null && row.state().isLockedAt(now);
            row.apply(ThrottlePolicy.PER_ACCOUNT.afterFailure(row.state(), now));
            throttles.saveAndFlush(row);
            return !wasLocked && row.state().isLockedAt(now);
        }));
    }

    /** Counts a kiosk look-up per kiosk and per booking code, or refuses it while either is locked. */
    Optional<Duration> admitLookup(String kioskAddress, String code) {
        String kioskKey = kioskKey(kioskAddress);
        String codeKey = codeKey(code);
        return countedOnce(now -> admit(kioskKey, ThrottlePolicy.PER_KIOSK, now)
                .or(() -> admit(codeKey, ThrottlePolicy.PER_CODE, now)));
    }

    /** The look-up found its booking: the kiosk's and the code's counters start over. */
    void lookupSucceeded(String kioskAddress, String code) {
        String kioskKey = kioskKey(kioskAddress);
        String codeKey = codeKey(code);
        tx.executeWithoutResult(status -> {
            throttles.findForUpdate(kioskKey).ifPresent(throttles::delete);
            throttles.findForUpdate(codeKey).ifPresent(throttles::delete);
        });
    }

    /** Deletes counters that no longer count: not locked, and older than the longest window. */
    int deleteExpired() {
        Instant now = clock.instant();
        return tx.execute(status -> throttles.deleteExpired(now, now.minus(ThrottlePolicy.LONGEST_WINDOW)));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Runs one admission in one transaction. A refused attempt is never evaluated, so nothing it
     * counted on the way stays counted (rollback). When two instances insert a key's first row at
     * once, the loser's unique-key violation is retried once: then the row exists and is locked.
     */
    private <T> Optional<T> countedOnce(Function<Instant, Optional<T>> admission) {
        return retriedOnce(() -> tx.execute(status -> {
            Optional<T> refused = admission.apply(clock.instant());
            if (refused.isPresent()) {
                status.setRollbackOnly();
            }
            return refused;
        }));
    }

    private static <T> T retriedOnce(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataIntegrityViolationException firstInsertRace) {
            return work.get();
        }
    }

    private Optional<Duration> admit(String key, ThrottlePolicy policy, Instant now) {
        return admit(throttles.findForUpdate(key).orElseGet(() -> new LoginThrottle(key)), policy, now);
    }

    private Optional<Duration> admit(LoginThrottle row, ThrottlePolicy policy, Instant now) {
        ThrottlePolicy.Admission admission = policy.admit(row.state(), now);
        if (!admission.admitted()) {
            return Optional.of(admission.refusedFor());
        }
        row.apply(admission.next());
        throttles.saveAndFlush(row);
        return Optional.empty();
    }

    private Optional<Duration> lockOf(String key, Instant now) {
        return throttles.findById(key).map(LoginThrottle::state)
                .filter(s -> s != null && s.isLockedAt(now))
                .map(s -> Duration.between(now, s.lockedUntil()));
    }

    private String accountKey(String username) {
        return "acct:" + pseudonyms.of("account", normalizedUsername(username));
    }

    private String addressKey(String address) {
        return "addr:" + pseudonyms.of("address", address);
    }

    private String pairKey(String username, String address) {
        return "pair:" + pseudonyms.of("account@address", normalizedUsername(username) + "@" + address);
    }

    private String kioskKey(String kioskAddress) {
        return "kiosk:" + pseudonyms.of("kiosk", kioskAddress);
    }

    private String codeKey(String code) {
        return "code:" + pseudonyms.of("code", normalizedCode(code));
    }

    static String normalizedUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** As guests type it: spaces around and lower case do not make another code. */
    static String normalizedCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
