package com.spakiosk.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a staff password only while neither the account nor the client address is locked
 * by too many failures, and counts the failures. A locked sign-in is refused before the
 * password is even looked at, so a correct guess during a lock reveals nothing.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottleService throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottleService throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = clientAddress(authentication);
        throttle.lockedFor(username, address).ifPresent(wait -> {
            throw new LockedException("Too many failed sign-ins; try again in " + minutes(wait) + " min");
        });
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address);
            throw e;
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
