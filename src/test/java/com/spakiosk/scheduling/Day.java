package com.spakiosk.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Test helper: wall-clock times on one day in the spa's zone. */
record Day(LocalDate date, ZoneId zone) {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Day of(String date) {
        return new Day(LocalDate.parse(date), BERLIN);
    }

    Instant at(String time) {
        return date.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    Interval between(String from, String to) {
        return new Interval(at(from), at(to));
    }
}
