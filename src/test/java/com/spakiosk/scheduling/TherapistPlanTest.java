package com.spakiosk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conflict rules: which change leaves a booked session without its therapist, and why. */
class TherapistPlanTest {

    static final long MASSAGE = 7;
    static final Day MONDAY = Day.of("2026-11-23");
    static final Interval SESSION = MONDAY.between("15:00", "16:00");

    static ShiftPlan mondays(String from, String to, String breakFrom, String breakTo) {
        return ShiftPlan.weekly(List.of(new ShiftTemplate(DayOfWeek.MONDAY, LocalTime.parse(from), LocalTime.parse(to),
                breakFrom == null ? List.of()
                        : List.of(new ShiftTemplate.LocalBreak(LocalTime.parse(breakFrom), LocalTime.parse(breakTo))))));
    }

    static final long HOT_STONES = 31;

    static TherapistPlan plan(boolean active, Set<Long> skills, ShiftPlan shifts, List<Interval> timeOff) {
        return new TherapistPlan(active, skills, Set.of(HOT_STONES), shifts, timeOff);
    }

    final TherapistPlan before = plan(true, Set.of(MASSAGE), mondays("09:00", "17:00", "12:00", "12:30"), List.of());

    TherapistPlan.Why displaced(TherapistPlan after) {
        return before.displaces(after, SESSION, MASSAGE, Set.of(), Day.BERLIN).orElse(null);
    }

    @Test
    void a_shorter_shift_that_still_covers_the_session_displaces_nothing() {
        assertThat(displaced(plan(true, Set.of(MASSAGE), mondays("10:00", "16:00", null, null), List.of()))).isNull();
    }

    @Test
    void a_shift_ending_before_the_session_ends_displaces_it() {
        assertThat(displaced(plan(true, Set.of(MASSAGE), mondays("09:00", "15:30", null, null), List.of())))
                .isEqualTo(TherapistPlan.Why.OUTSIDE_HOURS);
    }

    @Test
    void a_new_break_during_the_session_displaces_it() {
        assertThat(displaced(plan(true, Set.of(MASSAGE), mondays("09:00", "17:00", "15:30", "15:45"), List.of())))
                .isEqualTo(TherapistPlan.Why.OUTSIDE_HOURS);
    }

    @Test
    void a_day_off_on_the_sessions_date_displaces_it() {
        var dayOff = new ShiftPlan(1, null, before.shifts().shifts(), Map.of(MONDAY.date(), DayChange.dayOff(MONDAY.date())));
        assertThat(displaced(plan(true, Set.of(MASSAGE), dayOff, List.of()))).isEqualTo(TherapistPlan.Why.OUTSIDE_HOURS);
    }

    @Test
    void time_off_over_part_of_the_session_displaces_it() {
        assertThat(displaced(plan(true, Set.of(MASSAGE), before.shifts(), List.of(MONDAY.between("15:50", "18:00")))))
                .isEqualTo(TherapistPlan.Why.TIME_OFF);
    }

    @Test
    void removing_the_qualification_displaces_the_session() {
        assertThat(displaced(plan(true, Set.of(), before.shifts(), List.of()))).isEqualTo(TherapistPlan.Why.NOT_QUALIFIED);
    }

    @Test
    void deactivating_the_therapist_displaces_every_session() {
        assertThat(displaced(plan(false, Set.of(MASSAGE), before.shifts(), List.of()))).isEqualTo(TherapistPlan.Why.NOT_ACTIVE);
    }

    @Test
    void a_session_the_therapist_could_not_give_before_is_not_blamed_on_the_change() {
        var session = MONDAY.between("18:00", "19:00");
        var after = plan(false, Set.of(), before.shifts(), List.of());
        assertThat(before.displaces(after, session, MASSAGE, Set.of(), Day.BERLIN)).isEmpty();
    }

    @Test
    void a_session_in_week_two_is_displaced_only_by_a_change_to_week_two() {
        var weekOne = new ShiftTemplate(DayOfWeek.MONDAY, LocalTime.parse("09:00"), LocalTime.parse("17:00"), List.of(), 1);
        var weekTwo = new ShiftTemplate(DayOfWeek.MONDAY, LocalTime.parse("14:00"), LocalTime.parse("20:00"), List.of(), 2);
        // 23 November is week 2 counted from 16 November
        var rotation = new ShiftPlan(2, Day.of("2026-11-16").date(), List.of(weekOne, weekTwo), Map.of());
        var twoWeeks = plan(true, Set.of(MASSAGE), rotation, List.of());
        var shorterWeekOne = plan(true, Set.of(MASSAGE), new ShiftPlan(2, rotation.anchor(), List.of(
                new ShiftTemplate(DayOfWeek.MONDAY, LocalTime.parse("09:00"), LocalTime.parse("12:00"), List.of(), 1),
                weekTwo), Map.of()), List.of());
        var shorterWeekTwo = plan(true, Set.of(MASSAGE), new ShiftPlan(2, rotation.anchor(), List.of(weekOne,
                new ShiftTemplate(DayOfWeek.MONDAY, LocalTime.parse("16:00"), LocalTime.parse("20:00"), List.of(), 2)),
                Map.of()), List.of());
        assertThat(twoWeeks.displaces(shorterWeekOne, SESSION, MASSAGE, Set.of(), Day.BERLIN)).isEmpty();
        assertThat(twoWeeks.displaces(shorterWeekTwo, SESSION, MASSAGE, Set.of(), Day.BERLIN))
                .contains(TherapistPlan.Why.OUTSIDE_HOURS);
    }

    @Test
    void losing_an_add_on_qualification_displaces_a_session_with_that_add_on() {
        var withoutStones = new TherapistPlan(true, Set.of(MASSAGE), Set.of(), before.shifts(), List.of());
        assertThat(before.displaces(withoutStones, SESSION, MASSAGE, Set.of(HOT_STONES), Day.BERLIN))
                .contains(TherapistPlan.Why.NOT_QUALIFIED);
    }

    @Test
    void losing_an_add_on_qualification_leaves_sessions_without_that_add_on_alone() {
        var withoutStones = new TherapistPlan(true, Set.of(MASSAGE), Set.of(), before.shifts(), List.of());
        assertThat(before.displaces(withoutStones, SESSION, MASSAGE, Set.of(), Day.BERLIN)).isEmpty();
    }
}
