package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The app's clock: the real time, or in a demo a chosen moment that runs on from there. */
class TimeConfigurationTest {

    @Test
    void without_a_demo_time_the_clock_is_the_real_time() {
        Clock clock = new TimeConfiguration().clock(new MockEnvironment());
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void a_demo_starts_at_the_chosen_local_time_of_the_spa_and_runs_on() throws InterruptedException {
        var environment = new MockEnvironment().withProperty(TimeConfiguration.DEMO_NOW, "2026-11-23T10:30")
                .withProperty("spa.zone", "Europe/Berlin");
        environment.setActiveProfiles(DemoMode.PROFILE);
        Clock clock = new TimeConfiguration().clock(environment);
        Instant first = clock.instant();
        Thread.sleep(20);
        assertThat(Duration.between(LocalDateTime.of(2026, 11, 23, 10, 30).atZone(ZoneId.of("Europe/Berlin"))
                .toInstant(), first).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(clock.instant()).isAfter(first);
    }

    @Test
    void a_demo_time_outside_the_demo_profile_stops_the_start_with_a_sentence() {
        var environment = new MockEnvironment().withProperty(TimeConfiguration.DEMO_NOW, "2026-11-23T10:30");
        assertThatThrownBy(() -> new TimeConfiguration().clock(environment))
                .hasMessageContaining("only for the demo profile");
    }

    @Test
    void a_demo_time_that_is_not_a_date_and_time_is_named() {
        var environment = new MockEnvironment().withProperty(TimeConfiguration.DEMO_NOW, "monday 10:30");
        environment.setActiveProfiles(DemoMode.PROFILE);
        assertThatThrownBy(() -> new TimeConfiguration().clock(environment))
                .hasMessageContaining("SPA_DEMO_NOW must be a local date and time").hasMessageContaining("monday 10:30");
    }
}
