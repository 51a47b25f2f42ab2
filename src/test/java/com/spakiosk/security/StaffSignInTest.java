package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Staff accounts and the throttled sign-in, against the real database. */
@SpringTest
class StaffSignInTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired StaffAccountService accounts;
    @Autowired StaffAccountRepository repository;
    @Autowired AuthenticationProvider signIn;
    @Autowired LoginThrottleRepository throttleRows;

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_password_is_stored_only_as_a_bcrypt_hash_of_strength_ten_or_more() {
        String username = newAccount();
        String hash = repository.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(hash).doesNotContain(PASSWORD).matches("\\$2[aby]?\\$(1[0-9]|2[0-9]|3[01])\\$.{53}");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_password_shorter_than_twelve_characters_is_refused_and_nothing_is_saved() {
        String username = "short-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> accounts.createAccount(username, "Short", "tooShort1", Set.of(StaffRole.FRONT_DESK)))
                .hasMessageContaining("12");
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void the_front_desk_cannot_create_accounts() {
        assertThatThrownBy(() -> accounts.createAccount("sneaky", "Sneaky", PASSWORD, Set.of(StaffRole.MANAGER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void the_right_password_signs_in_with_the_account_roles() {
        String username = newAccount();
        Authentication result = signIn.authenticate(attempt(username, PASSWORD, randomAddress()));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_FRONT_DESK").doesNotContain("ROLE_MANAGER");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void after_five_wrong_passwords_from_one_address_even_the_right_one_from_there_is_refused_for_a_while() {
        String username = newAccount();
        String address = randomAddress();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(username, "wrong password!", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt(username, PASSWORD, address)))
                .isInstanceOf(LockedException.class).hasMessageContaining("Too many failed sign-ins");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void the_right_password_from_a_clean_address_gets_in_while_another_address_hammers_the_account() {
        String username = newAccount();
        for (int attacker = 0; attacker < 4; attacker++) { // enough to put the account under attack
            String address = randomAddress();
            for (int i = 0; i < 6; i++) {
                try {
                    signIn.authenticate(attempt(username, "wrong password!", address));
                } catch (BadCredentialsException | LockedException expected) {
                    // the attacker's own address gets locked; the account as a whole does not
                }
            }
        }
        assertThat(signIn.authenticate(attempt(username, PASSWORD, randomAddress())).isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void while_an_account_is_under_attack_an_address_that_failed_on_it_waits_even_with_the_right_password() {
        String username = newAccount();
        String typo = randomAddress();
        assertThatThrownBy(() -> signIn.authenticate(attempt(username, "wrong password!", typo)))
                .isInstanceOf(BadCredentialsException.class);
        for (int i = 0; i < ThrottlePolicy.PER_ACCOUNT.threshold(); i++) {
            String address = randomAddress();
            assertThatThrownBy(() -> signIn.authenticate(attempt(username, "wrong password!", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt(username, PASSWORD, typo)))
                .isInstanceOf(LockedException.class);
        assertThat(signIn.authenticate(attempt(username, PASSWORD, randomAddress())).isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void an_over_long_password_is_refused_as_wrong_credentials_not_an_error() {
        String username = newAccount();
        String cyrillic = "ж".repeat(37); // 74 bytes in UTF-8
        assertThatThrownBy(() -> signIn.authenticate(attempt(username, cyrillic, randomAddress())))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt(username, PASSWORD + "x".repeat(100), randomAddress())))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_password_longer_than_seventy_two_bytes_is_refused_with_a_clear_message() {
        String username = "long-" + UUID.randomUUID().toString().substring(0, 8);
        String cyrillic = "съешь же ещё этих мягких французских булок да выпей чаю"; // 55 letters, 100 bytes
        assertThatThrownBy(() -> accounts.createAccount(username, "Long", cyrillic, Set.of(StaffRole.FRONT_DESK)))
                .isInstanceOf(PasswordPolicy.WeakPasswordException.class)
                .hasMessageContaining("at most 72 bytes").hasMessageContaining("36 Cyrillic letters");
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_common_password_is_refused_however_long() {
        String username = "common-" + UUID.randomUUID().toString().substring(0, 8);
        for (String common : new String[] {"password1234", "qwertyuiop123", "iloveyou2024"}) {
            assertThatThrownBy(() -> accounts.createAccount(username, "Common", common, Set.of(StaffRole.FRONT_DESK)))
                    .isInstanceOf(PasswordPolicy.WeakPasswordException.class).hasMessageContaining("too common");
        }
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void the_throttle_table_keeps_no_username_or_address_in_clear() {
        String username = newAccount();
        String address = randomAddress();
        assertThatThrownBy(() -> signIn.authenticate(attempt(username, "wrong password!", address)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(throttleRows.findAll()).isNotEmpty().allSatisfy(row -> assertThat(row.getThrottleKey())
                .doesNotContain(username).doesNotContain(address));
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void twenty_failures_from_one_address_lock_that_address_for_every_account() {
        String address = randomAddress();
        for (int i = 0; i < 20; i++) {
            String guessed = "guess-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            assertThatThrownBy(() -> signIn.authenticate(attempt(guessed, "whatever password", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        String username = newAccount();
        assertThatThrownBy(() -> signIn.authenticate(attempt(username, PASSWORD, address)))
                .isInstanceOf(LockedException.class);
        assertThat(signIn.authenticate(attempt(username, PASSWORD, randomAddress())).isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_successful_sign_in_clears_the_account_failures() {
        String username = newAccount();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(username, "wrong password!", randomAddress())))
                    .isInstanceOf(BadCredentialsException.class);
        }
        signIn.authenticate(attempt(username, PASSWORD, randomAddress()));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(username, "wrong password!", randomAddress())))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn.authenticate(attempt(username, PASSWORD, randomAddress())).isAuthenticated()).isTrue();
    }

    private String newAccount() {
        String username = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(username, "Test desk", PASSWORD, Set.of(StaffRole.FRONT_DESK));
        return username;
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private static String randomAddress() {
        var r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }
}
