package com.spakiosk.settings;

import com.spakiosk.scheduling.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The spa's opening hours and the booking settings a manager changes in real life. Validated
 * here, so that the service, the seeding and the editor share one set of limits.
 *
 * @param week              the hours of each open weekday; a weekday not in the map is closed
 * @param closedDates       days the spa is closed, with an optional note, in date order
 * @param turnover          cleanup after each session, during which therapist and room stay busy
 * @param walkInLead        the least time between now and a walk-in's start
 * @param guestCancelCutoff a guest may cancel at the kiosk until this long before the start
 * @param version           the stored version the editor saw (optimistic locking); 0 before the first save
 * @param updatedAt         when a manager last saved them (null: the environment's defaults)
 * @param updatedBy         who saved them last (null: the environment's defaults)
 */
public record SpaSettings(Map<DayOfWeek, OpeningHours.Day> week, List<ClosedDate> closedDates, Duration turnover,
                          Duration walkInLead, Duration guestCancelCutoff, long version, Instant updatedAt,
                          String updatedBy) {

    public static final int TURNOVER_MAX_MINUTES = 60;
    public static final int WALK_IN_LEAD_MAX_MINUTES = 240;
    /** A week: a longer cut-off would keep guests from cancelling at all. */
    public static final int CANCEL_CUTOFF_MAX_MINUTES = 7 * 24 * 60;
    public static final int NOTE_MAX = 100;
    /** Closed dates kept at once (a few years of holidays); old ones can be removed. */
    public static final int CLOSED_DATES_MAX = 500;

    /** A day the spa is closed, e.g. a holiday. */
    public record ClosedDate(LocalDate date, String note) {

        public ClosedDate {
            Objects.requireNonNull(date, "date");
            note = note == null || note.isBlank() ? null : note.strip();
            if (note != null && note.length() > NOTE_MAX) {
                throw new IllegalArgumentException("A note has at most " + NOTE_MAX + " characters");
            }
        }
    }

    public SpaSettings {
        week = week.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(week));
        Set<LocalDate> seen = new HashSet<>();
        for (ClosedDate closed : closedDates) {
            if (!seen.add(closed.date())) {
                throw new IllegalArgumentException(closed.date() + " is listed twice as a closed date");
            }
        }
        if (closedDates.size() > CLOSED_DATES_MAX) {
            throw new IllegalArgumentException("At most " + CLOSED_DATES_MAX + " closed dates");
        }
        closedDates = closedDates.stream().sorted(Comparator.comparing(ClosedDate::date)).toList();
        checkMinutes(turnover, TURNOVER_MAX_MINUTES, "Turnover");
        checkMinutes(walkInLead, WALK_IN_LEAD_MAX_MINUTES, "Walk-in lead");
        checkMinutes(guestCancelCutoff, CANCEL_CUTOFF_MAX_MINUTES, "Cancel cut-off");
    }

    private static void checkMinutes(Duration value, int max, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.compareTo(Duration.ofMinutes(max)) > 0 || value.toSecondsPart() != 0) {
            throw new IllegalArgumentException(what + " is whole minutes from 0 to " + max);
        }
    }

    /** The hours as the scheduling engine reads them. */
    public OpeningHours openingHours() {
        return new OpeningHours(week, closedDates.stream().map(ClosedDate::date).collect(Collectors.toSet()));
    }

    /** The same settings with other values a manager typed; the version stays the one they saw. */
    public SpaSettings edited(Map<DayOfWeek, OpeningHours.Day> week, List<ClosedDate> closedDates, Duration turnover,
                              Duration walkInLead, Duration guestCancelCutoff) {
        return new SpaSettings(week, closedDates, turnover, walkInLead, guestCancelCutoff, version, updatedAt,
                updatedBy);
    }
}
