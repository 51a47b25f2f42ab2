package com.spakiosk.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When the spa itself is open: one stretch per weekday (a weekday without one is closed) and
 * closed dates (holidays). Therapists' shifts only count inside these hours, so a holiday or
 * a shorter Saturday closes the calendar for every therapist at once.
 */
public record OpeningHours(Map<DayOfWeek, Day> week, Set<LocalDate> closedDates) {

    /** The hours of one weekday, in the spa's local time; it closes after it opens. */
    public record Day(LocalTime opens, LocalTime closes) {

        public Day {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("The spa must close after it opens (" + opens + " - " + closes + ")");
            }
        }
    }

    public OpeningHours {
        week = week.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(week));
        closedDates = Set.copyOf(closedDates);
    }

    /** The same hours every day of the week, no closed dates. */
    public static OpeningHours everyDay(LocalTime opens, LocalTime closes) {
        Map<DayOfWeek, Day> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, new Day(opens, closes));
        }
        return new OpeningHours(week, Set.of());
    }

    /** The hours of this date, or empty when the spa is closed on it (its weekday, or a closed date). */
    public Optional<Day> on(LocalDate date) {
        if (closedDates.contains(date)) {
            return Optional.empty();
        }
        return Optional.ofNullable(week.get(date.getDayOfWeek()));
    }

    public boolean isClosedOn(LocalDate date) {
        return on(date).isEmpty();
    }

    /** The open stretches of the days [from, until) as instants, sorted. */
    public List<Interval> openBetween(LocalDate from, LocalDate until, ZoneId zone) {
        List<Interval> open = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            LocalDate date = day;
            on(date).ifPresent(h -> open.add(WorkingTime.at(date, h.opens(), h.closes(), zone)));
        }
        return open;
    }

    /** Everything of the days [from, until) that is not open: what the calendar treats as closed time. */
    public List<Interval> closedBetween(LocalDate from, LocalDate until, ZoneId zone) {
        Interval whole = new Interval(from.atStartOfDay(zone).toInstant(), until.atStartOfDay(zone).toInstant());
        return Intervals.subtract(List.of(whole), Intervals.merge(openBetween(from, until, zone)));
    }

    /** Whether a session [start, end) lies inside the hours of one open day. */
    public boolean covers(Interval session, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(session.start(), zone);
        return Intervals.containing(openBetween(day, day.plusDays(1), zone), session) != null;
    }

    /** Closed dates in order, for showing them. */
    public List<LocalDate> closedDatesInOrder() {
        return List.copyOf(new TreeSet<>(closedDates));
    }

    /** A copy with other closed dates. */
    public OpeningHours withClosedDates(Collection<LocalDate> dates) {
        return new OpeningHours(week, Set.copyOf(dates));
    }
}
