package com.spakiosk.security;

import static com.spakiosk.security.StaffFixture.PASSWORD;
import static com.spakiosk.security.StaffFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The manager's changes to staff accounts, the last-manager rule (also under a race) and the password flows. */
@SpringTest
class StaffAccountAdminTest {

    @Autowired StaffAccountService accounts;
    @Autowired StaffFixture staff;
    @Autowired AuthenticationProvider signIn;

    @AfterEach
    void restore() {
        staff.restoreManagers();
    }

    @Test
    void a_manager_creates_a_desk_account_whose_first_password_must_be_changed_at_the_first_sign_in() {
        String username = "new-desk-" + ThreadLocalRandom.current().nextInt(1_000_000);
        var created = as("boss", Roles.MANAGER,
                () -> accounts.createWithFirstPassword(username, "New desk", PASSWORD, StaffRole.FRONT_DESK));

        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.roles()).containsExactly(StaffRole.FRONT_DESK);
        assertThat(authorities(signIn(username, PASSWORD)))
                .contains("ROLE_FRONT_DESK", StaffAccountService.PASSWORD_CHANGE_REQUIRED);
    }

    @Test
    void the_desk_cannot_change_accounts() {
        String target = staff.newAccount("target", StaffRole.FRONT_DESK);
        assertThatThrownBy(() -> as("clerk", Roles.FRONT_DESK,
                () -> accounts.disable(staff.id(target), staff.version(target))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_last_active_manager_can_be_neither_disabled_nor_demoted() {
        String only = staff.newAccount("only", StaffRole.MANAGER);
        String other = staff.newAccount("other", StaffRole.MANAGER);
        staff.onlyActiveManagers(List.of(only));
        long id = staff.id(only);

        assertThatThrownBy(() -> as(other, Roles.MANAGER, () -> accounts.disable(id, staff.version(only))))
                .isInstanceOfSatisfying(StaffAccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(StaffAccountException.Reason.LAST_MANAGER));
        assertThatThrownBy(() -> as(other, Roles.MANAGER,
                () -> accounts.changeRole(id, staff.version(only), StaffRole.FRONT_DESK)))
                .isInstanceOfSatisfying(StaffAccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(StaffAccountException.Reason.LAST_MANAGER));
        assertThat(staff.activeManagers()).isEqualTo(1);
    }

    @Test
    void with_a_second_active_manager_a_manager_can_be_disabled_and_enabled_again() {
        String first = staff.newAccount("first", StaffRole.MANAGER);
        String second = staff.newAccount("second", StaffRole.MANAGER);
        staff.onlyActiveManagers(List.of(first, second));

        var disabled = as(first, Roles.MANAGER, () -> accounts.disable(staff.id(second), staff.version(second)));
        assertThat(disabled.enabled()).isFalse();
        assertThatThrownBy(() -> signIn(second, PASSWORD)).isInstanceOf(BadCredentialsException.class);

        var enabled = as(first, Roles.MANAGER, () -> accounts.enable(staff.id(second), disabled.version()));
        assertThat(enabled.enabled()).isTrue();
        assertThat(signIn(second, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void two_managers_disabling_each_other_at_the_same_moment_leave_exactly_one_active() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String a = staff.newAccount("race-a", StaffRole.MANAGER);
                String b = staff.newAccount("race-b", StaffRole.MANAGER);
                staff.onlyActiveManagers(List.of(a, b));
                var start = new CyclicBarrier(2);
                var aDisablesB = CompletableFuture.supplyAsync(() -> attempt(start, a, b, false), threads);
                var bDemotesA = CompletableFuture.supplyAsync(() -> attempt(start, b, a, true), threads);

                List<Optional<StaffAccountException>> outcomes = new ArrayList<>(List.of(aDisablesB.get(), bDemotesA.get()));
                assertThat(outcomes).as("round %d: one change wins", round).filteredOn(Optional::isEmpty).hasSize(1);
                assertThat(outcomes).filteredOn(Optional::isPresent)
                        .allSatisfy(o -> assertThat(o.get().reason()).isEqualTo(StaffAccountException.Reason.LAST_MANAGER));
                assertThat(staff.activeManagers()).isEqualTo(1);
                staff.restoreManagers();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** {@code actor} disables (or demotes) {@code target}; empty when it worked. */
    private Optional<StaffAccountException> attempt(CyclicBarrier start, String actor, String target, boolean demote) {
        long id = staff.id(target);
        long version = staff.version(target);
        try {
            start.await();
            as(actor, Roles.MANAGER, () -> demote ? accounts.changeRole(id, version, StaffRole.FRONT_DESK)
                    : accounts.disable(id, version));
            return Optional.empty();
        } catch (StaffAccountException e) {
            return Optional.of(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_manager_cannot_disable_demote_or_reset_their_own_account() {
        String me = staff.newAccount("me", StaffRole.MANAGER);
        staff.newAccount("colleague", StaffRole.MANAGER);
        long id = staff.id(me);
        for (Runnable own : List.<Runnable>of(
                () -> as(me, Roles.MANAGER, () -> accounts.disable(id, staff.version(me))),
                () -> as(me, Roles.MANAGER, () -> accounts.changeRole(id, staff.version(me), StaffRole.FRONT_DESK)),
                () -> as(me, Roles.MANAGER, () -> accounts.resetPassword(id, staff.version(me), "amber falcon river 93 kettle")))) {
            assertThatThrownBy(own::run).isInstanceOfSatisfying(StaffAccountException.class,
                    e -> assertThat(e.reason()).isEqualTo(StaffAccountException.Reason.OWN_ACCOUNT));
        }
        assertThat(signIn(me, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_change_made_on_an_older_version_of_the_account_is_refused() {
        String target = staff.newAccount("stale", StaffRole.FRONT_DESK);
        long seen = staff.version(target);
        as("boss", Roles.MANAGER, () -> accounts.changeRole(staff.id(target), seen, StaffRole.MANAGER));

        assertThatThrownBy(() -> as("boss2", Roles.MANAGER, () -> accounts.disable(staff.id(target), seen)))
                .isInstanceOfSatisfying(StaffAccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(StaffAccountException.Reason.STALE));
    }

    @Test
    void after_a_reset_the_old_password_fails_and_the_temporary_one_must_be_replaced_before_anything_else() {
        String target = staff.newAccount("reset", StaffRole.FRONT_DESK);
        String temporary = "amber falcon river 93 kettle";
        var reset = as("boss", Roles.MANAGER,
                () -> accounts.resetPassword(staff.id(target), staff.version(target), temporary));
        assertThat(reset.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> signIn(target, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(authorities(signIn(target, temporary))).contains(StaffAccountService.PASSWORD_CHANGE_REQUIRED);

        as(target, Roles.FRONT_DESK, () -> {
            assertThat(accounts.mustChangeOwnPassword()).isTrue();
            accounts.changeOwnPassword(temporary, "copper meadow lantern 71 fig");
            assertThat(accounts.mustChangeOwnPassword()).isFalse();
            return null;
        });
        assertThat(authorities(signIn(target, "copper meadow lantern 71 fig")))
                .doesNotContain(StaffAccountService.PASSWORD_CHANGE_REQUIRED);
    }

    @Test
    void changing_ones_own_password_needs_the_current_one_and_a_policy_password() {
        String me = staff.newAccount("own", StaffRole.FRONT_DESK);
        as(me, Roles.FRONT_DESK, () -> {
            assertThatThrownBy(() -> accounts.changeOwnPassword("not my password", "copper meadow lantern 71 fig"))
                    .isInstanceOfSatisfying(StaffAccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(StaffAccountException.Reason.WRONG_PASSWORD));
            assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, "password1234"))
                    .isInstanceOfSatisfying(PasswordPolicy.WeakPasswordException.class,
                            e -> assertThat(e.kind()).isEqualTo(PasswordPolicy.WeakPasswordException.Kind.TOO_COMMON));
            assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, PASSWORD))
                    .isInstanceOfSatisfying(StaffAccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(StaffAccountException.Reason.SAME_PASSWORD));
            return null;
        });
        assertThat(signIn(me, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_sign_in_is_remembered_for_the_managers_list() {
        String username = staff.newAccount("seen", StaffRole.FRONT_DESK);
        signIn(username, PASSWORD);
        var listed = as("boss", Roles.MANAGER, () -> accounts.accounts()).stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        assertThat(listed.lastSignInAt()).isNotNull();
        assertThat(listed.version()).as("a sign-in is no edit of the account").isEqualTo(staff.version(username));
    }

    private org.springframework.security.core.Authentication signIn(String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails("198.51.100." + ThreadLocalRandom.current().nextInt(255), null));
        return signIn.authenticate(token);
    }

    private static List<String> authorities(org.springframework.security.core.Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
