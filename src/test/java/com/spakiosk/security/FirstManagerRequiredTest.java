package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.spakiosk.base.DemoMode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Compose no longer insists on SPA_INITIAL_MANAGER_PASSWORD when it reads its file; the app does,
 * where it is used: outside the demo, a start with no manager and none configured stops in one sentence.
 */
class FirstManagerRequiredTest {

    private final StaffAccountService accounts = mock(StaffAccountService.class);
    private final DemoMode demo = mock(DemoMode.class);

    @Test
    void a_production_start_with_no_manager_and_no_password_stops_naming_the_variable() {
        when(accounts.hasEnabledManager()).thenReturn(false);
        var initializer = new FirstManagerInitializer(accounts, demo, "manager", "");

        assertThatThrownBy(() -> initializer.run(null))
                .isInstanceOfSatisfying(FirstManagerInitializer.InitialManagerRefusedException.class, e -> {
                    FailureAnalysis analysis = new InitialManagerFailureAnalyzer().analyze(new IllegalStateException(e));
                    assertThat(analysis.getDescription()).isEqualTo("No manager account exists yet and "
                            + "SPA_INITIAL_MANAGER_PASSWORD is empty, so nobody could sign in to manage the spa.");
                    assertThat(analysis.getAction()).contains("SPA_INITIAL_MANAGER_PASSWORD (12 or more characters");
                });
    }

    @Test
    void a_start_with_a_manager_already_there_needs_no_password() {
        when(accounts.hasEnabledManager()).thenReturn(true);
        assertThatCode(() -> new FirstManagerInitializer(accounts, demo, "manager", "").run(null))
                .doesNotThrowAnyException();
    }

    @Test
    void the_demo_brings_its_own_manager() {
        when(demo.isOn()).thenReturn(true);
        assertThatCode(() -> new FirstManagerInitializer(accounts, demo, "", "").run(null)).doesNotThrowAnyException();
    }

    @Test
    void a_first_manager_password_under_twelve_characters_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> FirstManagerInitializer.check("boss", "short"))
                .hasMessage("SPA_INITIAL_MANAGER_PASSWORD is refused: A password has at least 12 characters");
    }
}
