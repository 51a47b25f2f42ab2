package com.spakiosk.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both ends included, in the spa's zone. Pure value: the comparison
 * period is the same number of days just before.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** A year and a day: a leap year fits, and a report stays fast (docs/benchmarks.md). */
    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;

    public ReportPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A period needs a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after the day it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("A period is at most " + MAX_DAYS + " days");
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static ReportPeriod lastDays(LocalDate today, int days) {
        return new ReportPeriod(today.minusDays(days - 1L), today);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** As many days, ending the day before this period starts. */
    public ReportPeriod previous() {
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
