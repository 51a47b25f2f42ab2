package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Prometheus scrape is for a manager's account only, on the app's port (README, Metrics);
 * the health probes stay open. A whole application on a real port, under failsafe (STACK.md):
 * a {@code @SpringBootTest} turns metrics export off.
 */
class MetricsScrapeIT {

    @TempDir
    static Path dir;

    static ConfigurableApplicationContext app;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("spa") + ";WRITE_DELAY=0", "--server.port=0",
                "--spa.security.bcrypt-strength=10", "--spring.main.banner-mode=off", "--spring.profiles.active=demo");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void an_anonymous_visitor_gets_no_metrics_but_a_request_to_sign_in() throws Exception {
        var response = get("actuator/prometheus", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("spa_");
    }

    @Test
    void a_front_desk_account_is_refused_the_metrics() throws Exception {
        assertThat(get("actuator/prometheus", "desk:desk-demo-pass").statusCode()).isEqualTo(403);
    }

    @Test
    void a_wrong_password_gets_no_metrics() throws Exception {
        assertThat(get("actuator/prometheus", "manager:not-the-password").statusCode()).isEqualTo(401);
    }

    @Test
    void a_manager_account_gets_the_scrape_with_the_spas_counters_and_timers() throws Exception {
        var response = get("actuator/prometheus", "manager:manager-demo-pass");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("spa_holds_expired_total", "spa_kiosk_flows_started_total",
                "spa_kiosk_flows_finished_total", "spa_availability_search_seconds", "jvm_memory_used_bytes",
                "hikaricp_connections");
        assertThat(response.headers().firstValue("set-cookie")).as("no session for a scraper").isEmpty();
    }

    @Test
    void the_readiness_probe_stays_open_to_anyone() throws Exception {
        var response = get("actuator/health/readiness", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    private static HttpResponse<String> get(String path, String basic) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).GET();
        if (basic != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
