package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose files and the Dockerfile as an operator meets them (no Docker engine here, so
 * `docker compose config` cannot run: the YAML is read with SnakeYAML, which Spring Boot brings).
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path DB_PORT = Path.of("docker-compose.db-port.yml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Path file, String name) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(file));
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @Test
    void reading_the_file_needs_no_variable_so_db_ps_logs_and_down_work_without_the_manager_password()
            throws IOException {
        // ${VAR:?message} aborts every compose command that reads the file while VAR is unset.
        assertThat(Pattern.compile("\\$\\{[^}]*\\?").matcher(Files.readString(COMPOSE)).find()).isFalse();
        assertThat(Pattern.compile("\\$\\{[^}]*\\?").matcher(Files.readString(DB_PORT)).find()).isFalse();
        assertThat(service(COMPOSE, "db")).doesNotContainKey("depends_on");
    }

    @Test
    void the_database_is_healthy_only_when_it_answers_over_tcp_not_while_the_init_server_runs() throws IOException {
        Map<String, Object> db = service(COMPOSE, "db");
        @SuppressWarnings("unchecked")
        List<String> test = (List<String>) ((Map<String, Object>) db.get("healthcheck")).get("test");
        assertThat(String.join(" ", test)).contains("pg_isready -h localhost");
        assertThat(db).as("the production file publishes no database port").doesNotContainKey("ports");
    }

    @Test
    void the_development_override_publishes_the_database_on_localhost_and_the_start_up_advice_names_it()
            throws IOException {
        assertThat(service(DB_PORT, "db").get("ports")).asList().singleElement().asString()
                .startsWith("127.0.0.1:").endsWith(":5432");
        assertThat(DatabaseStartupFailureAnalyzer.START_POSTGRES)
                .contains("-f " + COMPOSE).contains("-f " + DB_PORT).endsWith("up -d db");
    }

    @Test
    void the_app_restarts_unless_stopped_waits_for_a_healthy_database_and_has_a_memory_limit() throws IOException {
        Map<String, Object> app = service(COMPOSE, "app");
        assertThat(app.get("restart")).isEqualTo("unless-stopped");
        assertThat(app.get("mem_limit")).isEqualTo("1g");
        assertThat(app.get("depends_on").toString()).contains("db").contains("service_healthy");
    }

    @Test
    void every_variable_the_app_service_passes_is_one_the_app_reads() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) service(COMPOSE, "app").get("environment");
        assertThat(environment).containsKeys("SPA_INITIAL_MANAGER_PASSWORD", "SPA_DB_HOST", "SPRING_PROFILES_ACTIVE");
        assertThat(readByTheApp()).containsAll(environment.keySet());
    }

    @Test
    void the_image_runs_as_its_own_user_in_a_folder_it_owns_with_a_heap_that_fits_the_limit() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("useradd --system --home-dir /app --create-home spa")
                .contains("WORKDIR /app").contains("USER spa").doesNotContain("/app/spa-kiosk.jar");
        Matcher percentage = Pattern.compile("MaxRAMPercentage=(\\d+)").matcher(dockerfile);
        assertThat(percentage.find()).isTrue();
        // 1 GiB limit: the heap's share must leave room for metaspace, threads and buffers (~300 MB).
        assertThat(Integer.parseInt(percentage.group(1))).isBetween(50, 70);
    }

    @Test
    void the_image_trains_its_class_cache_with_the_ahead_of_time_context_it_starts_with() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        String training = dockerfile.substring(dockerfile.indexOf("mkdir /tmp/training"), dockerfile.indexOf("rm -rf /tmp/training"));
        String entrypoint = dockerfile.substring(dockerfile.indexOf("ENTRYPOINT"));
        // A cache trained on another context (or collector) is refused or useless at the start.
        for (String option : List.of("-Dspring.aot.enabled=true", "-XX:+UseG1GC")) {
            assertThat(training).as("training").contains(option);
            assertThat(entrypoint).as("start").contains(option);
        }
        assertThat(entrypoint).contains("-XX:AOTCache=/opt/spa-kiosk-app/spa-kiosk.aot");
    }

    // --- two instances behind HAProxy: the "balanced" profile (issue 11.2, decision 0018) ---

    private static final Path HAPROXY_CFG = Path.of("deploy", "haproxy.cfg");

    @Test
    @SuppressWarnings("unchecked")
    void without_a_profile_compose_runs_one_database_and_one_app_as_before() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        var always = ((Map<String, Map<String, Object>>) compose.get("services")).entrySet().stream()
                .filter(e -> !e.getValue().containsKey("profiles")).map(Map.Entry::getKey).toList();
        assertThat(always).containsExactlyInAnyOrder("db", "app");
    }

    @Test
    void the_balanced_profile_runs_a_second_app_with_the_same_variables_after_the_first_is_healthy() throws IOException {
        Map<String, Object> app = service(COMPOSE, "app");
        Map<String, Object> second = service(COMPOSE, "app-b");
        assertThat(second.get("profiles")).asList().containsExactly("balanced");
        assertThat(second.get("environment")).isEqualTo(app.get("environment"));
        for (String key : List.of("build", "restart", "mem_limit", "healthcheck")) {
            assertThat(second.get(key)).as(key).isEqualTo(app.get(key));
        }
        assertThat(second.get("depends_on").toString()).contains("app={condition=service_healthy}");
        assertThat(second).as("guests reach it through the proxy only").doesNotContainKey("ports");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_proxy_runs_the_tested_haproxy_config_and_points_at_both_apps() throws IOException {
        Map<String, Object> proxy = service(COMPOSE, "proxy");
        assertThat(proxy.get("profiles")).asList().containsExactly("balanced");
        assertThat(proxy.get("image").toString()).startsWith("haproxy:2.6");
        assertThat(proxy.get("volumes")).asList()
                .contains("./" + HAPROXY_CFG + ":/usr/local/etc/haproxy/haproxy.cfg:ro");
        Map<String, Object> environment = (Map<String, Object>) proxy.get("environment");
        assertThat(environment).containsEntry("SPA_APP_A", "app:8080").containsEntry("SPA_APP_B", "app-b:8080");
        assertThat(proxy.get("depends_on").toString()).contains("app={condition=service_healthy}")
                .contains("app-b={condition=service_healthy}");
        String config = Files.readString(HAPROXY_CFG);
        assertThat(config).contains("server a \"${SPA_APP_A}\" cookie a", "server b \"${SPA_APP_B}\" cookie b",
                "cookie SERVERID insert", "option httpchk GET /actuator/health/readiness", "option redispatch",
                "timeout tunnel");
    }

    /** Placeholders of application*.properties, the SPA_ names SpaProperties binds, and Spring's profile. */
    private static Set<String> readByTheApp() throws IOException {
        Set<String> names = new HashSet<>(Set.of("SPRING_PROFILES_ACTIVE"));
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.properties")).toList()) {
                Matcher m = placeholder.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        for (var component : SpaProperties.class.getRecordComponents()) {
            names.add("SPA_" + component.getName().toUpperCase());
        }
        return names;
    }
}
