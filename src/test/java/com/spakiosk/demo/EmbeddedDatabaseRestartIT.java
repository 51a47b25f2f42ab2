package com.spakiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.Application;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default keeps its data across a restart, and the demo spa is loaded into the
 * empty file database once, never again; without the demo profile, a demo database refuses to start. Runs under failsafe: it starts whole applications,
 * which must not share a JVM with the Karibu tests (STACK.md).
 */
class EmbeddedDatabaseRestartIT {

    @TempDir
    Path dir;

    @Test
    void a_restart_keeps_every_row_and_does_not_load_the_demo_twice() {
        String url = "jdbc:h2:file:" + dir.resolve("spa") + ";WRITE_DELAY=0";
        long treatments;
        long bookings;
        try (var first = start(url, "--spring.profiles.active=demo")) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            treatments = count(jdbc, "treatment");
            bookings = count(jdbc, "booking");
            assertThat(treatments).isPositive();
            assertThat(bookings).isPositive();
            jdbc.update("update treatment set name = 'Renamed before restart' where code = 'PREVENTIVE'");
        }
        try (var second = start(url, "--spring.profiles.active=demo")) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "treatment")).isEqualTo(treatments);
            assertThat(count(jdbc, "booking")).isEqualTo(bookings);
            assertThat(jdbc.queryForObject("select name from treatment where code = 'PREVENTIVE'", String.class))
                    .isEqualTo("Renamed before restart");
        }
    }

    @Test
    void a_production_style_start_creates_the_first_manager_from_the_environment_and_no_demo_data() {
        String url = "jdbc:h2:file:" + dir.resolve("prod") + ";WRITE_DELAY=0";
        try (var app = start(url, "--spa.security.initial-manager.username=owner",
                "--spa.security.initial-manager.password=amber lantern folds quietly")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "treatment")).isZero();
            assertThat(count(jdbc, "booking")).isZero();
            assertThat(jdbc.queryForObject("""
                    select count(*) from staff_account a join staff_account_role r on r.account_id = a.id
                     where a.username = 'owner' and r.role = 'MANAGER'""", Long.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select password_hash from staff_account where username = 'owner'",
                    String.class)).startsWith("$2");
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_demo_database_started_without_the_demo_profile_refuses_to_start_and_says_why(CapturedOutput output) {
        String url = "jdbc:h2:file:" + dir.resolve("demo-then-prod") + ";WRITE_DELAY=0";
        try (var demo = start(url, "--spring.profiles.active=demo")) {
            assertThat(count(demo.getBean(JdbcTemplate.class), "staff_account")).isPositive();
        }
        assertThatThrownBy(() -> start(url).close())
                .hasMessage("Accounts with a published demo password outside the demo profile: [desk, manager]");
        assertThat(output).contains("The staff accounts desk, manager still have the demo passwords published in "
                + "the README, and the demo profile is off.");
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Settings as command-line arguments: they win over application.properties, as in production. */
    private static ConfigurableApplicationContext start(String url, String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.url=" + url, "--server.port=0",
                "--spa.security.bcrypt-strength=10", "--spring.main.banner-mode=off"));
        args.addAll(java.util.List.of(more));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
        String actual = app.getEnvironment().getProperty("spring.datasource.url");
        assertThat(actual).as("the test must use its own database").isEqualTo(url);
        return app;
    }
}
