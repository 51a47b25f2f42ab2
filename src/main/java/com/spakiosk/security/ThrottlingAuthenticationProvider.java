package com.spakiosk.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a staff password only after the attempt has been counted and admitted (decision
 * 0010): per address, per account-and-address, and, while the account is under attack, only
 * from an address that has not failed on it. A refused attempt never reaches the password
 * check, so a correct guess during a lock reveals nothing; the owner at a clean address still
 * gets in while someone elsewhere hammers the account.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottleService throttle;
    private final SecurityEvents events;
    /** Remembers a successful sign-in's time for the manager's list of accounts. */
    private final Consumer<String> signedIn;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottleService throttle,
                                     SecurityEvents events, Consumer<String> signedIn) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.events = events;
        this.signedIn = signedIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = clientAddress(authentication);
        Optional<LoginThrottleService.Refusal> refused = throttle.admitSignIn(username, address);
        if (refused.isPresent()) {
            events.signInRefused(username, address, refused.get().reason(), refused.get().retryAfter());
            throw new LockedException("Too many failed sign-ins; try again in " + minutes(refused.get().retryAfter()) + " min");
        }
        try {
            if (authentication.getCredentials() instanceof String password && PasswordPolicy.isTooLong(password)) {
                // bcrypt cannot check it (and Spring would throw): no account has such a password
                throw new BadCredentialsException("Bad credentials");
            }
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.signInSucceeded(username, address);
            events.signInSucceeded(username, address);
            recordSignIn(result.getName());
            return result;
        } catch (AuthenticationException e) {
            events.signInFailed(username, address);
            if (throttle.signInFailed(username)) {
                events.accountUnderAttack(username);
            }
            throw e instanceof BadCredentialsException ? e : new BadCredentialsException("Bad credentials");
        }
    }

    /** The time of a sign-in is for the manager's list only: failing to note it must not refuse the sign-in. */
    private void recordSignIn(String username) {
        try {
            signedIn.accept(username);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ThrottlingAuthenticationProvider.class)
                    .warn("Could not record the sign-in time: {}", e.toString());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
