package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A staff session ends 12 hours after sign-in however busy; a kiosk's anonymous session does not (point 10). */
class StaffSessionLifetimeTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-21T07:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final StaffSessionLifetimeFilter filter = new StaffSessionLifetimeFilter(clock, mock(SecurityEvents.class),
            username -> java.util.Optional.of(0L));

    @Test
    void a_staff_session_in_use_all_day_ends_twelve_hours_after_sign_in() throws Exception {
        MockHttpSession session = sessionOf(UsernamePasswordAuthenticationToken.authenticated("desk", null,
                List.of(new SimpleGrantedAuthority("ROLE_FRONT_DESK"))));
        request(session);
        for (int hour = 1; hour < 12; hour++) {
            now.set(now.get().plus(Duration.ofHours(1)));
            request(session);
            assertThat(session.isInvalid()).as("after %d hours", hour).isFalse();
        }
        now.set(now.get().plus(Duration.ofHours(1)));
        request(session);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_kiosk_session_is_left_alone_however_long_it_lives() throws Exception {
        MockHttpSession session = sessionOf(new AnonymousAuthenticationToken("kiosk", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        request(session);
        now.set(now.get().plus(Duration.ofHours(13)));
        request(session);
        assertThat(session.isInvalid()).isFalse();
    }

    private static MockHttpSession sessionOf(Authentication auth) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(auth));
        return session;
    }

    private void request(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
