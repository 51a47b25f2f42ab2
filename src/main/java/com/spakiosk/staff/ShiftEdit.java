package com.spakiosk.staff;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * One shift of a manager's plan as typed: week of the rotation (1..N), weekday, hours and breaks.
 * Unchecked; {@link TherapistValidation} says what is wrong, at which field.
 */
public record ShiftEdit(int week, DayOfWeek day, LocalTime start, LocalTime end, List<Span> breaks) {

    public ShiftEdit {
        breaks = List.copyOf(breaks);
    }

    /** A stretch of local time (a break), as typed. */
    public record Span(LocalTime start, LocalTime end) {
    }

    /** The form's field name for a part of this shift ("shift.2.MONDAY.end"). */
    public String field(String part) {
        return "shift." + week + "." + day + "." + part;
    }
}
