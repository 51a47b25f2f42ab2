package com.spakiosk.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A therapist as the editor opens them: the form, the version it was read at, coming changes and time off, history. */
public record TherapistDetails(long id, long version, String code, TherapistForm form, List<Day> dayChanges,
                               List<Away> timeOff, List<TherapistChange> history) {

    /** A one-off change; {@code start} and {@code end} null for a day off. */
    public record Day(long id, LocalDate date, LocalTime start, LocalTime end, String note) {
    }

    public record Away(long id, Instant start, Instant end, String reason) {
    }
}
