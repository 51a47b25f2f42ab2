package com.spakiosk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A shift plan repeats every 1 to 4 weeks from its anchor Monday; a one-off change overrides a date. */
class ShiftPlanTest {

    static final LocalDate ANCHOR = LocalDate.parse("2026-11-02"); // a Monday

    static ShiftTemplate shift(int week, DayOfWeek day, String from, String to) {
        return new ShiftTemplate(day, LocalTime.parse(from), LocalTime.parse(to), List.of(), week);
    }

    /** Week 1: Mondays 09-17; week 2: Mondays 12-20. */
    static ShiftPlan twoWeeks(DayChange... changes) {
        return new ShiftPlan(2, ANCHOR, List.of(shift(1, DayOfWeek.MONDAY, "09:00", "17:00"),
                shift(2, DayOfWeek.MONDAY, "12:00", "20:00")), ShiftPlan.byDate(List.of(changes)));
    }

    static List<Interval> on(ShiftPlan plan, Day day) {
        return plan.working(day.date(), day.date().plusDays(1), day.zone());
    }

    @Test
    void the_anchor_week_is_week_one_and_the_next_is_week_two() {
        ShiftPlan plan = twoWeeks();
        assertThat(plan.weekOf(ANCHOR)).isEqualTo(1);
        assertThat(plan.weekOf(ANCHOR.plusDays(6))).isEqualTo(1);
        assertThat(plan.weekOf(ANCHOR.plusWeeks(1))).isEqualTo(2);
        assertThat(plan.weekOf(ANCHOR.plusWeeks(2))).isEqualTo(1);
    }

    @Test
    void in_week_two_of_a_two_week_rotation_the_second_weeks_hours_apply() {
        Day weekTwo = Day.of("2026-11-09");
        assertThat(on(twoWeeks(), weekTwo)).containsExactly(weekTwo.between("12:00", "20:00"));
        Day weekOneAgain = Day.of("2026-11-16");
        assertThat(on(twoWeeks(), weekOneAgain)).containsExactly(weekOneAgain.between("09:00", "17:00"));
    }

    @Test
    void weeks_before_the_anchor_continue_the_same_cycle() {
        Day weekBefore = Day.of("2026-10-26");
        assertThat(twoWeeks().weekOf(weekBefore.date())).isEqualTo(2);
        assertThat(on(twoWeeks(), weekBefore)).containsExactly(weekBefore.between("12:00", "20:00"));
    }

    @Test
    void an_anchor_in_mid_week_counts_from_its_monday() {
        var plan = new ShiftPlan(3, LocalDate.parse("2026-11-05"), List.of(), Map.of());
        assertThat(plan.anchor()).isEqualTo(ANCHOR);
        assertThat(plan.weekOf(LocalDate.parse("2026-11-22"))).isEqualTo(3);
    }

    @Test
    void a_four_week_rotation_comes_back_to_week_one_after_four_weeks() {
        var plan = new ShiftPlan(4, ANCHOR, List.of(shift(4, DayOfWeek.FRIDAY, "10:00", "14:00")), Map.of());
        Day fridayOfWeekFour = Day.of("2026-11-27");
        assertThat(on(plan, fridayOfWeekFour)).containsExactly(fridayOfWeekFour.between("10:00", "14:00"));
        assertThat(on(plan, Day.of("2026-12-04"))).isEmpty();
        assertThat(on(plan, Day.of("2026-12-25"))).hasSize(1);
    }

    @Test
    void a_rotation_outside_one_to_four_weeks_is_refused() {
        assertThatThrownBy(() -> new ShiftPlan(0, ANCHOR, List.of(), Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShiftPlan(5, ANCHOR, List.of(), Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_shift_of_a_week_beyond_a_shortened_rotation_never_applies() {
        var plan = new ShiftPlan(1, ANCHOR, List.of(shift(2, DayOfWeek.MONDAY, "12:00", "20:00")), Map.of());
        assertThat(on(plan, Day.of("2026-11-09"))).isEmpty();
    }

    @Test
    void a_one_off_change_replaces_the_rotations_hours_and_breaks_on_its_date() {
        Day weekTwo = Day.of("2026-11-09");
        var changed = twoWeeks(new DayChange(weekTwo.date(), LocalTime.parse("08:00"), LocalTime.parse("11:00")));
        assertThat(on(changed, weekTwo)).containsExactly(weekTwo.between("08:00", "11:00"));
        Day nextTime = Day.of("2026-11-23");
        assertThat(on(changed, nextTime)).containsExactly(nextTime.between("12:00", "20:00"));
    }

    @Test
    void a_day_off_removes_the_whole_day_and_may_fall_on_a_day_without_a_shift() {
        Day monday = Day.of("2026-11-02");
        assertThat(on(twoWeeks(DayChange.dayOff(monday.date())), monday)).isEmpty();
        Day sunday = Day.of("2026-11-08");
        var extraDay = twoWeeks(new DayChange(sunday.date(), LocalTime.parse("10:00"), LocalTime.parse("13:00")));
        assertThat(on(extraDay, sunday)).containsExactly(sunday.between("10:00", "13:00"));
    }

    @Test
    void in_the_week_clocks_go_back_week_two_still_runs_eight_wall_clock_hours_on_sunday() {
        // Berlin, 25 October 2026: 03:00 -> 02:00. The anchor makes 19 October week 1, the DST week week 2.
        var plan = new ShiftPlan(2, LocalDate.parse("2026-10-12"), List.of(
                shift(2, DayOfWeek.SUNDAY, "01:00", "09:00"), shift(1, DayOfWeek.SUNDAY, "10:00", "11:00")), Map.of());
        Day sunday = Day.of("2026-10-25");
        assertThat(plan.weekOf(sunday.date())).isEqualTo(2);
        List<Interval> working = on(plan, sunday);
        assertThat(working).singleElement().satisfies(i -> {
            assertThat(i.start()).isEqualTo(sunday.at("01:00"));
            assertThat(i.length()).isEqualTo(Duration.ofHours(9)); // the hour from 02:00 to 03:00 happens twice
        });
    }

    @Test
    void a_one_off_change_on_the_spring_forward_day_keeps_its_wall_clock_times() {
        Day sunday = Day.of("2026-03-29"); // 02:00 -> 03:00
        var plan = new ShiftPlan(1, ANCHOR, List.of(), Map.of(sunday.date(),
                new DayChange(sunday.date(), LocalTime.parse("09:00"), LocalTime.parse("17:00"))));
        assertThat(on(plan, sunday)).containsExactly(sunday.between("09:00", "17:00"));
        assertThat(on(plan, sunday).getFirst().length()).isEqualTo(Duration.ofHours(8));
    }
}
