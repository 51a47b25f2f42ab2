package com.spakiosk.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A therapist's hours on one weekday in the spa's local time, with breaks. A shift ends on
 * the day it starts (spas do not work through midnight).
 */
public record ShiftTemplate(DayOfWeek day, LocalTime start, LocalTime end, List<LocalBreak> breaks) {

    public ShiftTemplate {
        Objects.requireNonNull(day);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A shift starts before it ends");
        }
        breaks = List.copyOf(breaks);
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
