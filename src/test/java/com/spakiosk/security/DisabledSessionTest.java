package com.spakiosk.security;

import static com.spakiosk.security.StaffFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A session of an account that a manager disabled, re-roled or reset ends at its very next request. */
@SpringTest
class DisabledSessionTest {

    @Autowired StaffAccountService accounts;
    @Autowired StaffFixture staff;
    @Autowired Clock clock;
    @Autowired SecurityEvents events;

    StaffSessionLifetimeFilter filter;

    @AfterEach
    void restore() {
        staff.restoreManagers();
    }

    @Test
    void the_next_request_of_a_disabled_account_finds_its_session_ended() throws Exception {
        String clerk = staff.newAccount("gone", StaffRole.FRONT_DESK);
        MockHttpSession session = signedIn(clerk);
        request(session);
        request(session);
        assertThat(session.isInvalid()).isFalse();

        as("boss", Roles.MANAGER, () -> accounts.disable(staff.id(clerk), staff.version(clerk)));
        request(session);

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_role_change_or_a_password_reset_ends_the_accounts_open_sessions_too() throws Exception {
        String demoted = staff.newAccount("demoted", StaffRole.MANAGER);
        String reset = staff.newAccount("reset", StaffRole.FRONT_DESK);
        MockHttpSession demotedSession = signedIn(demoted);
        MockHttpSession resetSession = signedIn(reset);
        request(demotedSession);
        request(resetSession);

        as("boss", Roles.MANAGER, () -> accounts.changeRole(staff.id(demoted), staff.version(demoted), StaffRole.FRONT_DESK));
        as("boss", Roles.MANAGER, () -> accounts.resetPassword(staff.id(reset), staff.version(reset),
                "amber falcon river 93 kettle"));
        request(demotedSession);
        request(resetSession);

        assertThat(demotedSession.isInvalid()).isTrue();
        assertThat(resetSession.isInvalid()).isTrue();
    }

    @Test
    void changing_ones_own_password_keeps_ones_sessions() throws Exception {
        String me = staff.newAccount("keeps", StaffRole.FRONT_DESK);
        MockHttpSession session = signedIn(me);
        request(session);
        as(me, Roles.FRONT_DESK, () -> {
            accounts.changeOwnPassword(StaffFixture.PASSWORD, "copper meadow lantern 71 fig");
            return null;
        });
        request(session);
        assertThat(session.isInvalid()).isFalse();
    }

    private MockHttpSession signedIn(String username) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null,
                        List.of(new SimpleGrantedAuthority("ROLE_FRONT_DESK")))));
        return session;
    }

    private void request(MockHttpSession session) throws Exception {
        if (filter == null) {
            filter = new StaffSessionLifetimeFilter(clock, events, accounts::sessionStamp);
        }
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
