package com.spakiosk.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which days of the calendar changed: the days a booking touched, or any day at all when changes
 * may have been missed (another instance's notifications were lost while a connection was down).
 *
 * @param days   the days touched, in the spa's zone
 * @param anyDay whether every day should be treated as changed
 */
public record ChangedDays(Set<LocalDate> days, boolean anyDay) {

    /** Every day: what a listener says after it may have missed notifications. */
    public static final ChangedDays ANY_DAY = new ChangedDays(Set.of(), true);

    public ChangedDays {
        days = Set.copyOf(days);
    }

    public static ChangedDays of(Collection<LocalDate> days) {
        return new ChangedDays(Set.copyOf(days), false);
    }

    /** The days a booking from {@code start} to {@code end} is drawn on (usually one). */
    static Set<LocalDate> touchedBy(Instant start, Instant end, ZoneId zone) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate last = LocalDate.ofInstant(end.isAfter(start) ? end.minusNanos(1) : start, zone);
        for (LocalDate d = LocalDate.ofInstant(start, zone); !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** Whether a view showing {@code day} should draw it again. */
    public boolean includes(LocalDate day) {
        return anyDay || days.contains(day);
    }

    /** Both changes in one. */
    ChangedDays and(ChangedDays other) {
        if (anyDay || other.anyDay) {
            return ANY_DAY;
        }
        Set<LocalDate> both = new HashSet<>(days);
        both.addAll(other.days);
        return of(both);
    }
}
