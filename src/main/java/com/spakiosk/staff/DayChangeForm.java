package com.spakiosk.staff;

import java.time.LocalDate;
import java.time.LocalTime;

/** A one-off change as typed: other hours on a date, or a day off ({@code dayOff}), with a note. */
public record DayChangeForm(LocalDate date, boolean dayOff, LocalTime start, LocalTime end, String note) {
}
