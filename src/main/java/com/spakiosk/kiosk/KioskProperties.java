package com.spakiosk.kiosk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the shared kiosk protects the guest who walks away.
 *
 * @param idleWarningAfter no touch for this long shows the "are you still there?" warning
 * @param idleCountdown    the warning counts down this long before everything is wiped (at least 20 s)
 */
@ConfigurationProperties("spa.kiosk")
public record KioskProperties(
        @DefaultValue("60s") Duration idleWarningAfter,
        @DefaultValue("20s") Duration idleCountdown) {

    public KioskProperties {
        if (idleCountdown.compareTo(Duration.ofSeconds(20)) < 0) {
            throw new IllegalArgumentException("spa.kiosk.idle-countdown must be at least 20 seconds");
        }
    }
}
