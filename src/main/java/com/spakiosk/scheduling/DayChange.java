package com.spakiosk.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A one-off change of a therapist's hours on one date: other hours (no breaks), or a day off
 * ({@code start} and {@code end} both null). It replaces whatever the rotation says for that date.
 */
public record DayChange(LocalDate date, LocalTime start, LocalTime end) {

    public DayChange {
        Objects.requireNonNull(date);
        if ((start == null) != (end == null) || start != null && !start.isBefore(end)) {
            throw new IllegalArgumentException("A changed day has a start before its end, or neither (a day off)");
        }
    }

    public static DayChange dayOff(LocalDate date) {
        return new DayChange(date, null, null);
    }

    public boolean isDayOff() {
        return start == null;
    }
}
