package com.spakiosk.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * Turns weekly shifts in local time into the real instants a therapist works on given days,
 * minus breaks and time off. On the days clocks change a 09:00-17:00 shift still runs from
 * 09:00 to 17:00 on the wall clock, and is as long as the wall clock says.
 */
public final class WorkingTime {

    private WorkingTime() {
    }

    /** Working intervals on the days [from, until), merged and sorted: the same shifts every week. */
    public static List<Interval> between(Collection<ShiftTemplate> shifts, LocalDate from, LocalDate until,
                                         ZoneId zone, Collection<Interval> timeOff) {
        return between(ShiftPlan.weekly(shifts), from, until, zone, timeOff);
    }

    /** Working intervals of a rotation with its one-off changes on the days [from, until), less time off. */
    public static List<Interval> between(ShiftPlan plan, LocalDate from, LocalDate until, ZoneId zone,
                                         Collection<Interval> timeOff) {
        return Intervals.subtract(plan.working(from, until, zone), Intervals.merge(timeOff));
    }

    /**
     * Local wall-clock times on a day as instants. A time inside the spring-forward gap moves
     * forward by the gap; an ambiguous autumn time takes the earlier offset.
     */
    static Interval at(LocalDate day, LocalTime start, LocalTime end, ZoneId zone) {
        return new Interval(day.atTime(start).atZone(zone).toInstant(), day.atTime(end).atZone(zone).toInstant());
    }
}
