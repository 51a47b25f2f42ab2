package com.spakiosk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemandTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void a_booking_counts_at_its_local_weekday_and_hour_of_start() {
        var demand = new Demand(BERLIN);
        demand.add(at("2026-11-23T09:45"), at("2026-11-20T12:00")); // a Monday, 09:45 Berlin = 08:45 UTC
        assertThat(demand.at(DayOfWeek.MONDAY, 9)).isEqualTo(1);
        assertThat(demand.at(DayOfWeek.MONDAY, 8)).isZero();
        assertThat(demand.firstHour()).isEqualTo(9);
        assertThat(demand.lastHour()).isEqualTo(9);
        assertThat(demand.max()).isEqualTo(1);
    }

    @Test
    void booked_30_minutes_ahead_is_a_walk_in_31_minutes_the_same_day_and_the_evening_before_in_advance() {
        assertThat(Demand.leadTime(at("2026-11-23T10:00"), at("2026-11-23T09:30"), BERLIN))
                .isEqualTo(Demand.LeadTime.WALK_IN);
        assertThat(Demand.leadTime(at("2026-11-23T10:00"), at("2026-11-23T09:29"), BERLIN))
                .isEqualTo(Demand.LeadTime.SAME_DAY);
        assertThat(Demand.leadTime(at("2026-11-23T10:00"), at("2026-11-22T21:00"), BERLIN))
                .isEqualTo(Demand.LeadTime.IN_ADVANCE);
    }

    @Test
    void an_empty_period_shows_the_usual_day_from_nine_to_five() {
        var demand = new Demand(BERLIN);
        assertThat(demand.firstHour()).isEqualTo(9);
        assertThat(demand.lastHour()).isEqualTo(17);
        assertThat(demand.total()).isZero();
    }
}
