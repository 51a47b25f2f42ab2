package com.spakiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.Application;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default keeps its data across a restart, and the demo spa is loaded into the
 * empty file database once, never again. Runs under failsafe: it starts whole applications,
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
        try (var first = start(url)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            treatments = count(jdbc, "treatment");
            bookings = count(jdbc, "booking");
            assertThat(treatments).isPositive();
            assertThat(bookings).isPositive();
            jdbc.update("update treatment set name = 'Renamed before restart' where code = 'PREVENTIVE'");
        }
        try (var second = start(url)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "treatment")).isEqualTo(treatments);
            assertThat(count(jdbc, "booking")).isEqualTo(bookings);
            assertThat(jdbc.queryForObject("select name from treatment where code = 'PREVENTIVE'", String.class))
                    .isEqualTo("Renamed before restart");
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("spring.datasource.url=" + url, "server.port=0", "spa.demo.enabled=true",
                        "spring.main.banner-mode=off")
                .run();
    }
}
