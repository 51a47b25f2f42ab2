package com.spakiosk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    final Day d = Day.of("2026-11-23");

    @Test
    void touching_intervals_merge_and_overlapping_ones_too() {
        assertThat(Intervals.merge(List.of(d.between("10:00", "11:00"), d.between("09:00", "10:00"),
                d.between("10:30", "12:00")))).containsExactly(d.between("09:00", "12:00"));
    }

    @Test
    void half_open_intervals_that_touch_do_not_overlap() {
        assertThat(d.between("09:00", "10:00").overlaps(d.between("10:00", "11:00"))).isFalse();
        assertThat(Intervals.anyOverlap(List.of(d.between("09:00", "10:00")), d.between("10:00", "10:30"))).isFalse();
        assertThat(Intervals.anyOverlap(List.of(d.between("09:00", "10:00")), d.between("09:59", "10:30"))).isTrue();
    }

    @Test
    void subtracting_cuts_holes_and_trims_edges() {
        var base = List.of(d.between("09:00", "17:00"));
        var cut = List.of(d.between("08:00", "09:30"), d.between("12:00", "13:00"), d.between("16:30", "18:00"));
        assertThat(Intervals.subtract(base, cut)).containsExactly(d.between("09:30", "12:00"), d.between("13:00", "16:30"));
    }

    @Test
    void the_containing_stretch_is_found_or_not() {
        var working = List.of(d.between("09:00", "12:00"), d.between("13:00", "17:00"));
        assertThat(Intervals.containing(working, d.between("13:00", "14:00"))).isEqualTo(d.between("13:00", "17:00"));
        assertThat(Intervals.containing(working, d.between("11:30", "13:30"))).isNull();
    }
}
