package com.spakiosk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weekly shifts become real working time, also on the days clocks change. */
class WorkingTimeTest {

    static ShiftTemplate shift(DayOfWeek day, String from, String to, String breakFrom, String breakTo) {
        return new ShiftTemplate(day, LocalTime.parse(from), LocalTime.parse(to),
                List.of(new ShiftTemplate.LocalBreak(LocalTime.parse(breakFrom), LocalTime.parse(breakTo))));
    }

    @Test
    void a_shift_minus_its_break_gives_two_working_stretches() {
        Day monday = Day.of("2026-11-23");
        var working = WorkingTime.between(List.of(shift(DayOfWeek.MONDAY, "09:00", "17:00", "12:30", "13:00")),
                monday.date(), monday.date().plusDays(1), Day.BERLIN, List.of());
        assertThat(working).containsExactly(monday.between("09:00", "12:30"), monday.between("13:00", "17:00"));
    }

    @Test
    void time_off_removes_working_time() {
        Day monday = Day.of("2026-11-23");
        var working = WorkingTime.between(List.of(shift(DayOfWeek.MONDAY, "09:00", "17:00", "12:30", "13:00")),
                monday.date(), monday.date().plusDays(1), Day.BERLIN, List.of(monday.between("08:00", "11:00")));
        assertThat(working).containsExactly(monday.between("11:00", "12:30"), monday.between("13:00", "17:00"));
    }

    @Test
    void on_the_spring_forward_day_a_night_shift_over_the_gap_is_an_hour_shorter_and_a_day_shift_is_whole() {
        Day sunday = Day.of("2026-03-29"); // Berlin: 02:00 -> 03:00
        var early = WorkingTime.between(List.of(new ShiftTemplate(DayOfWeek.SUNDAY, LocalTime.of(1, 0),
                LocalTime.of(5, 0), List.of())), sunday.date(), sunday.date().plusDays(1), Day.BERLIN, List.of());
        assertThat(early.getFirst().length()).isEqualTo(Duration.ofHours(3));
        var day = WorkingTime.between(List.of(shift(DayOfWeek.SUNDAY, "09:00", "17:00", "12:00", "12:30")),
                sunday.date(), sunday.date().plusDays(1), Day.BERLIN, List.of());
        assertThat(day.stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofMinutes(450));
        assertThat(day.getFirst().start()).isEqualTo(sunday.at("09:00"));
    }

    @Test
    void on_the_fall_back_day_a_shift_over_the_repeated_hour_is_an_hour_longer() {
        Day sunday = Day.of("2026-10-25"); // Berlin: 03:00 -> 02:00
        var early = WorkingTime.between(List.of(new ShiftTemplate(DayOfWeek.SUNDAY, LocalTime.of(1, 0),
                LocalTime.of(5, 0), List.of())), sunday.date(), sunday.date().plusDays(1), Day.BERLIN, List.of());
        assertThat(early.getFirst().length()).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void slots_on_a_dst_day_start_on_local_grid_lines() {
        Day sunday = Day.of("2026-03-29");
        var t = new TherapistCalendar(1, java.util.Set.of(1L), List.of(sunday.between("09:00", "12:00")), List.of());
        var room = new RoomCalendar(1, java.util.Set.of(1L), List.of());
        var slots = new SlotFinder().find(Snapshot.of(Day.BERLIN, List.of(t), List.of(room), List.of()),
                new SlotRequest(1, 60, List.of(), sunday.at("00:00"), sunday.at("23:00"), null,
                        Duration.ofMinutes(15), Duration.ZERO, Duration.ofMinutes(30), 100));
        assertThat(slots.getFirst().start()).isEqualTo(sunday.at("09:00"));
        assertThat(slots).extracting(s -> s.start().atZone(Day.BERLIN).getMinute() % 15).containsOnly(0);
        assertThat(slots).hasSize(9); // 09:00 ... 11:00
    }

    @Test
    void several_days_are_covered_each_in_local_time() {
        LocalDate from = LocalDate.parse("2026-03-28");
        var working = WorkingTime.between(List.of(shift(DayOfWeek.SATURDAY, "09:00", "10:00", "09:30", "09:40"),
                        shift(DayOfWeek.SUNDAY, "09:00", "10:00", "09:30", "09:40")), from, from.plusDays(2),
                Day.BERLIN, List.of());
        assertThat(working).hasSize(4);
        assertThat(working.get(2).start()).isEqualTo(Day.of("2026-03-29").at("09:00"));
    }
}
