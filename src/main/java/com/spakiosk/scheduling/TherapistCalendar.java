package com.spakiosk.scheduling;

import java.util.List;
import java.util.Set;

/**
 * One therapist as the engine sees them: what they may perform, when they work, and when
 * they are busy (bookings and live holds, each including its turnover).
 */
public record TherapistCalendar(long therapistId, Set<Long> skills, List<Interval> working, List<Interval> busy) {

    public TherapistCalendar {
        skills = Set.copyOf(skills);
        working = Intervals.merge(working);
        busy = Intervals.merge(busy);
    }
}
