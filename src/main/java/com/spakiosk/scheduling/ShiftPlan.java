package com.spakiosk.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A therapist's hours as a rotation: a weekly template per week 1..N that repeats every N weeks
 * counted from an anchor Monday (week 1), and one-off changes of single dates that override it.
 * Weeks before the anchor continue the same cycle backwards, so any date has a week.
 */
public record ShiftPlan(int rotationWeeks, LocalDate anchor, List<ShiftTemplate> shifts, Map<LocalDate, DayChange> changes) {

    public static final int MAX_ROTATION_WEEKS = 4;
    /** Any Monday works for a plan of one week; this one is only a reference point. */
    public static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2024, 1, 1);

    public ShiftPlan {
        if (rotationWeeks < 1 || rotationWeeks > MAX_ROTATION_WEEKS) {
            throw new IllegalArgumentException("A rotation lasts 1 to " + MAX_ROTATION_WEEKS + " weeks");
        }
        anchor = anchor == null ? DEFAULT_ANCHOR : mondayOf(anchor);
        shifts = List.copyOf(shifts);
        changes = Map.copyOf(changes);
    }

    /** The same shifts every week, no one-off changes. */
    public static ShiftPlan weekly(Collection<ShiftTemplate> shifts) {
        return new ShiftPlan(1, DEFAULT_ANCHOR, List.copyOf(shifts), Map.of());
    }

    public static Map<LocalDate, DayChange> byDate(Collection<DayChange> changes) {
        return changes.stream().collect(Collectors.toMap(DayChange::date, Function.identity(), (a, b) -> b));
    }

    /** Which week of the rotation (1..N) a date falls in. */
    public int weekOf(LocalDate date) {
        long weeks = ChronoUnit.WEEKS.between(anchor, mondayOf(date));
        return (int) Math.floorMod(weeks, rotationWeeks) + 1;
    }

    /** The working intervals (shift less breaks, or the one-off hours) on the local days [from, until), merged. */
    public List<Interval> working(LocalDate from, LocalDate until, ZoneId zone) {
        List<Interval> working = new ArrayList<>();
        List<Interval> pauses = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            DayChange change = changes.get(day);
            if (change != null) {
                if (!change.isDayOff()) {
                    working.add(WorkingTime.at(day, change.start(), change.end(), zone));
                }
                continue;
            }
            int week = weekOf(day);
            for (ShiftTemplate shift : shifts) {
                if (shift.day() == day.getDayOfWeek() && effectiveWeek(shift) == week) {
                    working.add(WorkingTime.at(day, shift.start(), shift.end(), zone));
                    for (ShiftTemplate.LocalBreak b : shift.breaks()) {
                        pauses.add(WorkingTime.at(day, b.start(), b.end(), zone));
                    }
                }
            }
        }
        return Intervals.subtract(Intervals.merge(working), Intervals.merge(pauses));
    }

    /** A shift of a week beyond the rotation (left from a longer one) never applies. */
    private int effectiveWeek(ShiftTemplate shift) {
        return shift.week() > rotationWeeks ? -1 : shift.week();
    }

    static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
