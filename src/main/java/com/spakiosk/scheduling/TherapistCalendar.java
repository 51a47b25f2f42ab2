package com.spakiosk.scheduling;

import java.util.List;
import java.util.Set;

/**
 * One therapist as the engine sees them: what they may perform (treatments, and the add-ons
 * they are qualified to give), when they work (shifts minus breaks and time off), their time off
 * (to say why a time is not possible), and when they are busy (bookings and live holds, each
 * including its turnover).
 */
public record TherapistCalendar(long therapistId, Set<Long> skills, List<Interval> working, List<Interval> busy,
                                List<Interval> timeOff, Set<Long> addOnSkills) {

    public TherapistCalendar(long therapistId, Set<Long> skills, List<Interval> working, List<Interval> busy) {
        this(therapistId, skills, working, busy, List.of());
    }

    /** A therapist qualified for no add-on: they still give every request whose extras need none. */
    public TherapistCalendar(long therapistId, Set<Long> skills, List<Interval> working, List<Interval> busy,
                             List<Interval> timeOff) {
        this(therapistId, skills, working, busy, timeOff, Set.of());
    }

    public TherapistCalendar {
        skills = Set.copyOf(skills);
        addOnSkills = Set.copyOf(addOnSkills);
        working = Intervals.merge(working);
        busy = Intervals.merge(busy);
        timeOff = Intervals.merge(timeOff);
    }
}
