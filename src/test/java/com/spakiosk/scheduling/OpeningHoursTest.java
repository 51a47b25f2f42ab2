package com.spakiosk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The spa's own hours, one rule per test. */
class OpeningHoursTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    final OpeningHours hours = new OpeningHours(Map.of(
            DayOfWeek.MONDAY, new OpeningHours.Day(LocalTime.of(9, 0), LocalTime.of(18, 0)),
            DayOfWeek.SUNDAY, new OpeningHours.Day(LocalTime.of(9, 0), LocalTime.of(18, 0))),
            Set.of(MONDAY.plusWeeks(1)));

    @Test
    void a_weekday_without_hours_is_closed_all_day() {
        assertThat(hours.isClosedOn(MONDAY.plusDays(1))).isTrue();
        assertThat(hours.closedBetween(MONDAY.plusDays(1), MONDAY.plusDays(2), BERLIN))
                .containsExactly(new Interval(at(MONDAY.plusDays(1), 0), at(MONDAY.plusDays(2), 0)));
    }

    @Test
    void a_closed_date_closes_a_day_that_is_open_by_its_weekday() {
        assertThat(hours.isClosedOn(MONDAY)).isFalse();
        assertThat(hours.isClosedOn(MONDAY.plusWeeks(1))).isTrue();
        assertThat(hours.openBetween(MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(1), BERLIN)).isEmpty();
    }

    @Test
    void an_open_day_is_closed_before_opening_and_after_closing() {
        assertThat(hours.closedBetween(MONDAY, MONDAY.plusDays(1), BERLIN)).containsExactly(
                new Interval(at(MONDAY, 0), at(MONDAY, 9)), new Interval(at(MONDAY, 18), at(MONDAY.plusDays(1), 0)));
    }

    @Test
    void a_session_must_lie_wholly_inside_the_hours_of_its_day() {
        assertThat(hours.covers(new Interval(at(MONDAY, 9), at(MONDAY, 10)), BERLIN)).isTrue();
        assertThat(hours.covers(new Interval(at(MONDAY, 17), at(MONDAY, 19)), BERLIN)).isFalse();
        assertThat(hours.covers(new Interval(at(MONDAY.plusWeeks(1), 10), at(MONDAY.plusWeeks(1), 11)), BERLIN)).isFalse();
    }

    @Test
    void on_the_day_clocks_go_forward_the_spa_still_opens_at_nine_on_the_wall_clock() {
        LocalDate springForward = LocalDate.of(2026, 3, 29); // a Sunday
        List<Interval> open = hours.openBetween(springForward, springForward.plusDays(1), BERLIN);
        assertThat(open).containsExactly(new Interval(at(springForward, 9), at(springForward, 18)));
        assertThat(open.getFirst().length().toHours()).isEqualTo(9);
    }

    private static java.time.Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), BERLIN).toInstant();
    }
}
