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
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in staff session whose account was disabled, or whose role or password a
 * manager changed since it signed in (the account's session stamp moved): at its very next
 * request, on any app instance, for one indexed look-up per request. And it ends a session
 * after {@link #MAX_AGE} however busy it is (OWASP ASVS 3.3.4
 * asks for an absolute lifetime; the 30-minute idle limit is the servlet container's, with
 * Vaadin's heartbeats not counting). Runs before Spring Security, so that the request itself
 * already finds no session and is sent to sign in. Anonymous kiosk sessions are left alone.
 */
class StaffSessionLifetimeFilter extends OncePerRequestFilter {

    static final Duration MAX_AGE = Duration.ofHours(12);
    static final String SIGNED_IN_AT = StaffSessionLifetimeFilter.class.getName() + ".signedInAt";
    static final String SESSION_STAMP = StaffSessionLifetimeFilter.class.getName() + ".sessionStamp";

    private final Clock clock;
    private final SecurityEvents events;
    /** An enabled account's session stamp by username; empty when the account is disabled or gone. */
    private final Function<String, Optional<Long>> sessionStamps;

    StaffSessionLifetimeFilter(Clock clock, SecurityEvents events, Function<String, Optional<Long>> sessionStamps) {
        this.clock = clock;
        this.events = events;
        this.sessionStamps = sessionStamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication staff = session == null ? null : staff(session);
        if (staff != null) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
                // the first request after sign-in (the session id changed then; attributes moved along)
                session.setAttribute(SIGNED_IN_AT, now);
                checkAccount(session, staff);
            } else if (!now.isBefore(signedInAt.plus(MAX_AGE))) {
                session.invalidate();
                events.sessionEnded("12 hours since sign-in");
            } else {
                checkAccount(session, staff);
            }
        }
        chain.doFilter(request, response);
    }

    /** Ends the session when its account was disabled, or changed by a manager since the session began. */
    private void checkAccount(HttpSession session, Authentication staff) {
        Optional<Long> stamp = sessionStamps.apply(staff.getName());
        Object seen = session.getAttribute(SESSION_STAMP);
        if (stamp.isEmpty()) {
            session.invalidate();
            events.sessionEnded("account disabled");
        } else if (seen == null) {
            session.setAttribute(SESSION_STAMP, stamp.get());
        } else if (!seen.equals(stamp.get())) {
            session.invalidate();
            events.sessionEnded("role or password changed by a manager");
        }
    }

    private static Authentication staff(HttpSession session) {
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication auth = stored instanceof SecurityContext context ? context.getAuthentication() : null;
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken) ? auth : null;
    }
}
