package com.spakiosk.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one source of "now": services, the engine and views take this clock, so tests can fix time.
 * A demo may start at another moment ({@code SPA_DEMO_NOW=2026-11-23T10:30}, the spa's local
 * time) and run on from there, to show the desk on a busy morning at any hour; only the demo
 * profile accepts it, so a real spa always runs on the real time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final String DEMO_NOW = "spa.demo.now";

    @Bean
    Clock clock(Environment environment) {
        String demoNow = environment.getProperty(DEMO_NOW, "");
        if (demoNow.isBlank()) {
            return Clock.systemUTC();
        }
        if (!environment.matchesProfiles(DemoMode.PROFILE)) {
            throw new IllegalStateException("SPA_DEMO_NOW is only for the demo profile; a real spa runs on the real time");
        }
        try {
            ZoneId zone = ZoneId.of(environment.getProperty("spa.zone", "UTC"));
            Instant start = LocalDateTime.parse(demoNow).atZone(zone).toInstant();
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("SPA_DEMO_NOW must be a local date and time such as 2026-11-23T10:30, not "
                    + demoNow);
        }
    }
}
