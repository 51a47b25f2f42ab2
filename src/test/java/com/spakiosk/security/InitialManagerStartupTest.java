package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A first-manager password the policy refuses stops the start in one sentence naming the variable (point 9). */
class InitialManagerStartupTest {

    @Test
    void a_first_manager_password_over_seventy_two_bytes_is_explained_in_one_sentence_naming_the_variable() {
        String tooLong = "ж".repeat(40);
        assertThatThrownBy(() -> FirstManagerInitializer.check("boss", tooLong))
                .isInstanceOfSatisfying(FirstManagerInitializer.InitialManagerRefusedException.class, e -> {
                    FailureAnalysis analysis = new InitialManagerFailureAnalyzer().analyze(new IllegalStateException(e));
                    assertThat(analysis.getDescription()).startsWith("SPA_INITIAL_MANAGER_PASSWORD is refused")
                            .contains("at most 72 bytes").doesNotContain(tooLong);
                    assertThat(analysis.getAction()).contains("SPA_INITIAL_MANAGER_PASSWORD");
                });
    }

    @Test
    void a_common_first_manager_password_is_refused_too() {
        assertThatThrownBy(() -> FirstManagerInitializer.check("boss", "password1234"))
                .hasMessageContaining("SPA_INITIAL_MANAGER_PASSWORD").hasMessageContaining("too common");
    }

    @Test
    void the_app_started_with_a_weak_first_manager_password_stops_with_that_sentence_and_no_stack_trace()
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process app = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "com.spakiosk.Application",
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:weak-manager;DB_CLOSE_DELAY=-1",
                "--spa.demo.enabled=false",
                "--spa.security.initial-manager.username=boss",
                "--spa.security.initial-manager.password=password1234"))
                .redirectErrorStream(true).start();
        assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the app stops by itself").isTrue();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(app.exitValue()).isNotZero();
        assertThat(output).contains("SPA_INITIAL_MANAGER_PASSWORD is refused: This password is too common")
                .doesNotContain("\tat com.spakiosk").doesNotContain("password1234");
    }
}
