package com.spakiosk.security;

import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Security events, on their own logger {@code spa.security} so that operators can route and
 * keep them apart. No personal data: usernames, client addresses and kiosk addresses appear
 * only as short HMAC pseudonyms (the same value always gives the same pseudonym, so a series of
 * failures is still visible as one).
 */
@Component
public class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("spa.security");

    private final Pseudonyms pseudonyms;

    SecurityEvents(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    void signInSucceeded(String username, String address) {
        log.info("sign-in succeeded account={} address={}", account(username), address(address));
    }

    void signInFailed(String username, String address) {
        log.warn("sign-in failed account={} address={}", account(username), address(address));
    }

    void signInRefused(String username, String address, String reason, Duration wait) {
        log.warn("sign-in refused ({}) for {} s account={} address={}", reason, wait.toSeconds(), account(username),
                address(address));
    }

    void accountUnderAttack(String username) {
        log.warn("account under attack: only clean addresses may sign in for a while account={}", account(username));
    }

    void accountCreated(String username, Set<StaffRole> roles, String actor) {
        log.info("account created account={} roles={} by={}", account(username), roles, account(actor));
    }

    void accountDisabled(String username, String actor) {
        log.info("account disabled account={} by={}", account(username), account(actor));
    }

    void accountEnabled(String username, String actor) {
        log.info("account enabled account={} by={}", account(username), account(actor));
    }

    void roleChanged(String username, StaffRole role, String actor) {
        log.info("account role changed account={} role={} by={}", account(username), role, account(actor));
    }

    void passwordReset(String username, String actor) {
        log.info("password reset (to be changed at the next sign-in) account={} by={}", account(username),
                account(actor));
    }

    void passwordChanged(String username) {
        log.info("password changed by its owner account={}", account(username));
    }

    void passwordChangeFailed(String username) {
        log.warn("password change refused: current password wrong account={}", account(username));
    }

    void accountChangeRefused(String username, String reason, String actor) {
        log.warn("account change refused ({}) account={} by={}", reason, account(username), account(actor));
    }

    void sessionEnded(String why) {
        log.info("staff session ended: {}", why);
    }

    /** A kiosk look-up (find or cancel) that found nothing, or that the throttle refused. */
    public void lookupFailed(String kioskAddress) {
        log.warn("kiosk look-up failed kiosk={}", pseudonyms.forLog("address", kioskAddress));
    }

    /** A guest cancelled their own booking at a kiosk. */
    public void guestCancelled(long bookingId) {
        log.info("guest cancelled booking={}", bookingId);
    }

    private String account(String username) {
        return pseudonyms.forLog("account", LoginThrottleService.normalizedUsername(username));
    }

    private String address(String address) {
        return pseudonyms.forLog("address", address);
    }
}
