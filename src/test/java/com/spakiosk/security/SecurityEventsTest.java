package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Security events go to their own logger, with usernames and addresses only as pseudonyms (point 13). */
@SpringTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventsTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired StaffAccountService accounts;
    @Autowired AuthenticationProvider signIn;
    @Autowired SecurityEvents events;

    @Test
    @WithMockUser(username = "boss.manager", roles = "MANAGER")
    void sign_ins_locks_and_account_changes_are_logged_without_usernames_or_addresses(CapturedOutput output) {
        String username = "evt-" + UUID.randomUUID().toString().substring(0, 8);
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        accounts.createAccount(username, "Events", PASSWORD, Set.of(StaffRole.FRONT_DESK));
        signIn.authenticate(attempt(username, PASSWORD, address));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(username, "wrong password!", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt(username, PASSWORD, address)))
                .isInstanceOf(LockedException.class);

        String log = output.getAll();
        assertThat(log).contains("spa.security").contains("account created").contains("sign-in succeeded")
                .contains("sign-in failed").contains("sign-in refused");
        assertThat(log).doesNotContain(username).doesNotContain(address).doesNotContain("boss.manager")
                .doesNotContain(PASSWORD);
    }

    @Test
    void kiosk_look_up_failures_and_guest_cancels_name_no_kiosk_address(CapturedOutput output) {
        String kiosk = "198.51.100." + (1 + (int) (Math.random() * 250));
        events.lookupFailed(kiosk);
        events.guestCancelled(4711);
        assertThat(output.getAll()).contains("kiosk look-up failed").contains("guest cancelled booking=4711")
                .doesNotContain(kiosk);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
