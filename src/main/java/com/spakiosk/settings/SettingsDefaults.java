package com.spakiosk.settings;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The environment's values, since issue 10 only the defaults of a new spa: they are copied into
 * the database at the first start, and from then on managers change the stored ones.
 */
final class SettingsDefaults {

    private SettingsDefaults() {
    }

    /**
     * The booking settings a manager may change (the others stay in {@code BookingProperties}).
     *
     * @param turnover          {@code SPA_BOOKING_TURNOVER}
     * @param walkInLead        {@code SPA_BOOKING_WALK_IN_LEAD}
     * @param guestCancelCutoff {@code SPA_BOOKING_GUEST_CANCEL_CUTOFF}
     */
    @ConfigurationProperties("spa.booking")
    record Booking(@DefaultValue("10m") Duration turnover, @DefaultValue("10m") Duration walkInLead,
                   @DefaultValue("2h") Duration guestCancelCutoff) {
    }

    /**
     * The opening hours of every weekday of a new spa.
     *
     * @param opens  {@code SPA_HOURS_OPENS}
     * @param closes {@code SPA_HOURS_CLOSES}
     */
    @ConfigurationProperties("spa.hours")
    record Hours(@DefaultValue("08:00") LocalTime opens, @DefaultValue("20:00") LocalTime closes) {
    }
}
