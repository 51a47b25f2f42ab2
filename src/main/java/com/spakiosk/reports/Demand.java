package com.spakiosk.reports;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * When guests want their sessions: bookings by weekday and hour of start (the spa's local time),
 * and how long before the start they booked. Pure logic, filled from one projection query.
 */
public final class Demand {

    /** A booking made at most this long before its start counts as a walk-in. */
    public static final Duration WALK_IN = Duration.ofMinutes(30);

    public enum LeadTime { WALK_IN, SAME_DAY, IN_ADVANCE }

    private final ZoneId zone;
    private final long[][] grid = new long[7][24];
    private final Map<LeadTime, Long> leadTimes = new EnumMap<>(LeadTime.class);
    private long total;

    public Demand(ZoneId zone) {
        this.zone = zone;
        for (LeadTime lead : LeadTime.values()) {
            leadTimes.put(lead, 0L);
        }
    }

    /** Counts one booking that starts at {@code start} and was made at {@code created}. */
    public void add(Instant start, Instant created) {
        ZonedDateTime local = start.atZone(zone);
        grid[local.getDayOfWeek().ordinal()][local.getHour()]++;
        leadTimes.merge(leadTime(start, created, zone), 1L, Long::sum);
        total++;
    }

    /** Walk-in: booked at most {@link #WALK_IN} ahead; same day: earlier on the day of the session; else in advance. */
    static LeadTime leadTime(Instant start, Instant created, ZoneId zone) {
        if (!created.plus(WALK_IN).isBefore(start)) {
            return LeadTime.WALK_IN;
        }
        return created.atZone(zone).toLocalDate().equals(start.atZone(zone).toLocalDate())
                ? LeadTime.SAME_DAY : LeadTime.IN_ADVANCE;
    }

    public long at(DayOfWeek day, int hour) {
        return grid[day.ordinal()][hour];
    }

    public long max() {
        long max = 0;
        for (long[] row : grid) {
            for (long n : row) {
                max = Math.max(max, n);
            }
        }
        return max;
    }

    /** The first and last hour (inclusive) with any booking, or 9..17 when there is none. */
    public int firstHour() {
        for (int h = 0; h < 24; h++) {
            for (long[] row : grid) {
                if (row[h] > 0) {
                    return h;
                }
            }
        }
        return 9;
    }

    public int lastHour() {
        for (int h = 23; h >= 0; h--) {
            for (long[] row : grid) {
                if (row[h] > 0) {
                    return h;
                }
            }
        }
        return 17;
    }

    public long leadTime(LeadTime lead) {
        return leadTimes.get(lead);
    }

    public long total() {
        return total;
    }
}
