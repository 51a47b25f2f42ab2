package com.spakiosk.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is doing this, from the security context, never from a parameter a caller could fill
 * with someone else's name.
 */
public final class Actor {

    private Actor() {
    }

    /** The signed-in staff member's username; empty for a guest or a background job. */
    public static Optional<String> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }

    /** The signed-in staff member's username, for a change that only staff may make. */
    public static String required() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in staff member"));
    }
}
