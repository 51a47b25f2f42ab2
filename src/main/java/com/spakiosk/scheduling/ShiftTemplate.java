package com.spakiosk.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A therapist's hours on one weekday in the spa's local time, with breaks, in one week of their
 * rotation ({@code week} 1 for a plan that repeats every week). A shift ends on the day it starts
 * (spas do not work through midnight).
 */
public record ShiftTemplate(DayOfWeek day, LocalTime start, LocalTime end, List<LocalBreak> breaks, int week) {

    public ShiftTemplate {
        Objects.requireNonNull(day);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A shift starts before it ends");
        }
        if (week < 1 || week > ShiftPlan.MAX_ROTATION_WEEKS) {
            throw new IllegalArgumentException("A shift belongs to week 1 to " + ShiftPlan.MAX_ROTATION_WEEKS);
        }
        breaks = List.copyOf(breaks);
    }

    /** A shift of a plan that repeats every week. */
    public ShiftTemplate(DayOfWeek day, LocalTime start, LocalTime end, List<LocalBreak> breaks) {
        this(day, start, end, breaks, 1);
    }

    /** A pause within a shift, in local time. */
    public record LocalBreak(LocalTime start, LocalTime end) {
        public LocalBreak {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("A break starts before it ends");
            }
        }
    }
}
