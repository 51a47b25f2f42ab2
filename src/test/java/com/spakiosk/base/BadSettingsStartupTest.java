package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real start (a child JVM, as an operator runs it) with a bad setting: it stops with the one
 * sentence naming the variable, and no stack trace.
 */
class BadSettingsStartupTest {

    @Test
    void a_start_with_an_spa_country_that_is_not_an_iso_code_stops_with_one_sentence_and_no_stack_trace()
            throws Exception {
        String output = start(Map.of("SPA_COUNTRY", "Germany"), 0);

        assertThat(output).contains("SPA_COUNTRY is 'Germany', which is not an ISO 3166 two-letter country code")
                .doesNotContain("\tat ").doesNotContain("Caused by").doesNotContain("HikariPool-1 - Start");
    }

    @Test
    void a_start_on_a_port_in_use_names_port_and_prints_no_stack_trace() throws Exception {
        try (var busy = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            String output = start(Map.of(), busy.getLocalPort());

            assertThat(output).contains("Port " + busy.getLocalPort() + " is already in use by another program (PORT).")
                    .doesNotContain("\tat ").doesNotContain("Caused by");
        }
    }

    /** Starts the app in its own JVM on an in-memory database; returns what it printed once it stopped. */
    private static String start(Map<String, String> environment, int port) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "com.spakiosk.Application", "--spring.datasource.url=jdbc:h2:mem:bad-settings;DB_CLOSE_DELAY=-1",
                "--spring.main.banner-mode=off"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        Process app = builder.start();
        byte[] printed = app.getInputStream().readAllBytes(); // until it exits
        assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the app stops by itself").isTrue();
        assertThat(app.exitValue()).isNotZero();
        return new String(printed, StandardCharsets.UTF_8);
    }
}
