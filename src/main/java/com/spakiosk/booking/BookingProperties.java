package com.spakiosk.booking;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the calendar is run.
 *
 * The turnover, the walk-in lead and the guest cancel cut-off are the spa's own settings since
 * issue 10 (stored, edited by managers, see {@code SpaSettingsService}); their environment values
 * only seed a new spa ({@code SettingsDefaults}).
 *
 * @param grid       slots start on these steps of the local clock
 * @param holdTtl    how long a held slot waits for the guest to confirm
 * @param alternatives how many next free slots a "just taken" answer offers
 * @param screeningRetention screening flags (health data) and the consent time are deleted this long after the appointment
 * @param contactRetention the guest's name, phone and e-mail are anonymised this long after the appointment
 *                         (a period: {@code 24m} is 24 months, {@code 2y} two years)
 * @param liveHoldsPerClient how many slots one client address (a kiosk) may hold at once
 */
@ConfigurationProperties("spa.booking")
public record BookingProperties(
        @DefaultValue("15m") Duration grid,
        @DefaultValue("5m") Duration holdTtl,
        @DefaultValue("5") int alternatives,
        @DefaultValue("30d") Duration screeningRetention,
        @DefaultValue("24m") Period contactRetention,
        @DefaultValue("3") int liveHoldsPerClient) {
}
