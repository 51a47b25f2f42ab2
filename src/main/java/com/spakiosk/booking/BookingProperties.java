package com.spakiosk.booking;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the calendar is run.
 *
 * @param turnover   cleanup after each session, during which therapist and room stay busy
 * @param grid       slots start on these steps of the local clock
 * @param holdTtl    how long a held slot waits for the guest to confirm
 * @param walkInLead the least time between "now" and a walk-in's start
 * @param alternatives how many next free slots a "just taken" answer offers
 * @param guestCancelCutoff a guest may cancel at the kiosk until this long before the start
 * @param screeningRetention screening flags (health data) and the consent time are deleted this long after the appointment
 * @param contactRetention the guest's name, phone and e-mail are anonymised this long after the appointment
 *                         (a period: {@code 24m} is 24 months, {@code 2y} two years)
 * @param liveHoldsPerClient how many slots one client address (a kiosk) may hold at once
 */
@ConfigurationProperties("spa.booking")
public record BookingProperties(
        @DefaultValue("10m") Duration turnover,
        @DefaultValue("15m") Duration grid,
        @DefaultValue("5m") Duration holdTtl,
        @DefaultValue("10m") Duration walkInLead,
        @DefaultValue("5") int alternatives,
        @DefaultValue("2h") Duration guestCancelCutoff,
        @DefaultValue("30d") Duration screeningRetention,
        @DefaultValue("24m") Period contactRetention,
        @DefaultValue("3") int liveHoldsPerClient) {
}
