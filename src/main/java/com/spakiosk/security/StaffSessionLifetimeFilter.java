package com.spakiosk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in staff session after {@link #MAX_AGE} however busy it is (OWASP ASVS 3.3.4
 * asks for an absolute lifetime; the 30-minute idle limit is the servlet container's, with
 * Vaadin's heartbeats not counting). Runs before Spring Security, so that the request itself
 * already finds no session and is sent to sign in. Anonymous kiosk sessions are left alone.
 */
class StaffSessionLifetimeFilter extends OncePerRequestFilter {

    static final Duration MAX_AGE = Duration.ofHours(12);
    static final String SIGNED_IN_AT = StaffSessionLifetimeFilter.class.getName() + ".signedInAt";

    private final Clock clock;
    private final SecurityEvents events;

    StaffSessionLifetimeFilter(Clock clock, SecurityEvents events) {
        this.clock = clock;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isStaff(session)) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
                // the first request after sign-in (the session id changed then; attributes moved along)
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (!now.isBefore(signedInAt.plus(MAX_AGE))) {
                session.invalidate();
                events.sessionEnded("12 hours since sign-in");
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isStaff(HttpSession session) {
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication auth = stored instanceof SecurityContext context ? context.getAuthentication() : null;
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
