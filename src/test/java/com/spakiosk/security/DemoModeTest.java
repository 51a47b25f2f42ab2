package com.spakiosk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The tests run the demo profile: its pages say "Demo", and the guard that keeps demo passwords
 * out of production (not a bean under the demo profile) finds the demo logins here.
 */
class DemoModeTest extends KaribuTest {

    @Autowired StaffAccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired StaffAccountService staff;

    PublishedPasswordGuard guard() {
        return new PublishedPasswordGuard(accounts, encoder);
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void the_staff_pages_say_demo_under_the_demo_profile() {
        UI.getCurrent().navigate("desk");
        assertThat(_get(Span.class, spec -> spec.withClasses("demo-badge")).getText()).isEqualTo("Demo");
    }

    @Test
    void the_sign_in_page_says_demo_and_names_the_demo_logins() {
        UI.getCurrent().navigate("login");
        assertThat(_get(Span.class, spec -> spec.withClasses("demo-badge")).getText()).isEqualTo("Demo");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-demo")).getText())
                .isEqualTo("Demo spa: sign in as desk (password desk-demo-pass) or manager (password manager-demo-pass).");
    }

    @Test
    void the_guard_finds_every_account_that_a_published_demo_password_opens() {
        assertThat(guard().accountsWithPublishedPasswords()).contains("desk", "manager");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void an_account_with_its_own_password_is_not_reported_but_one_with_a_demo_password_is() {
        String own = "own-" + UUID.randomUUID().toString().substring(0, 8);
        String copied = "copy-" + UUID.randomUUID().toString().substring(0, 8);
        staff.createAccount(own, "Own password", "violet harbour tractor 58 quilt", Set.of(StaffRole.FRONT_DESK));
        staff.createAccount(copied, "Copied password", DemoLogin.MANAGER.password(), Set.of(StaffRole.FRONT_DESK));
        assertThat(guard().accountsWithPublishedPasswords()).contains(copied).doesNotContain(own);
    }

    @Test
    void outside_the_demo_profile_the_guard_stops_the_start_with_one_sentence() {
        assertThatThrownBy(() -> guard().afterSingletonsInstantiated())
                .isInstanceOfSatisfying(PublishedPasswordGuard.PublishedPasswordException.class, e -> {
                    FailureAnalysis analysis = new PublishedPasswordFailureAnalyzer()
                            .analyze(new IllegalStateException("Failed to start", e));
                    assertThat(analysis.getDescription()).startsWith("The staff accounts ")
                            .contains("desk", "manager")
                            .endsWith(" still have the demo passwords published in the README, and the demo profile is off.");
                    assertThat(analysis.getAction()).contains("SPRING_PROFILES_ACTIVE=demo", "SPA_INITIAL_MANAGER_PASSWORD");
                });
    }
}
