package com.spakiosk.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Operations on sorted lists of intervals. Look-ups are binary searches, so checking a
 * candidate slot costs O(log n) whatever the length of the day.
 */
public final class Intervals {

    private Intervals() {
    }

    /** Sorts and merges overlapping or touching intervals into a disjoint, sorted list. */
    public static List<Interval> merge(Collection<Interval> intervals) {
        List<Interval> sorted = intervals.stream().filter(i -> !i.isEmpty()).sorted().toList();
        List<Interval> merged = new ArrayList<>(sorted.size());
        for (Interval next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
                Interval previous = merged.get(last);
                merged.set(last, new Interval(previous.start(), max(previous.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** {@code base} minus {@code removed}; both must be merged (sorted, disjoint). */
    public static List<Interval> subtract(List<Interval> base, List<Interval> removed) {
        List<Interval> result = new ArrayList<>();
        int r = 0;
        for (Interval piece : base) {
            Instant cursor = piece.start();
            while (r < removed.size() && !removed.get(r).end().isAfter(cursor)) {
                r++;
            }
            int k = r;
            while (k < removed.size() && removed.get(k).start().isBefore(piece.end())) {
                Interval cut = removed.get(k);
                if (cut.start().isAfter(cursor)) {
                    result.add(new Interval(cursor, cut.start()));
                }
                cursor = max(cursor, cut.end());
                k++;
            }
            if (cursor.isBefore(piece.end())) {
                result.add(new Interval(cursor, piece.end()));
            }
        }
        return result;
    }

    /** True when some interval of the merged list overlaps {@code probe}. */
    public static boolean anyOverlap(List<Interval> merged, Interval probe) {
        int i = firstEndingAfter(merged, probe.start());
        return i < merged.size() && merged.get(i).start().isBefore(probe.end());
    }

    /** The interval of the merged list that contains {@code probe} entirely, or null. */
    public static Interval containing(List<Interval> merged, Interval probe) {
        int i = firstEndingAfter(merged, probe.start());
        if (i < merged.size() && merged.get(i).contains(probe)) {
            return merged.get(i);
        }
        return null;
    }

    /** Index of the first interval whose end is after {@code instant} (size() if none). */
    static int firstEndingAfter(List<Interval> merged, Instant instant) {
        int low = 0;
        int high = merged.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (merged.get(mid).end().isAfter(instant)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** End of the last merged interval ending at or before {@code instant}, or null. */
    static Instant previousEnd(List<Interval> merged, Instant instant) {
        int i = firstEndingAfter(merged, instant) - 1;
        return i >= 0 ? merged.get(i).end() : null;
    }

    /** Start of the first merged interval starting at or after {@code instant}, or null. */
    static Instant nextStart(List<Interval> merged, Instant instant) {
        int i = firstEndingAfter(merged, instant);
        while (i < merged.size() && merged.get(i).start().isBefore(instant)) {
            i++;
        }
        return i < merged.size() ? merged.get(i).start() : null;
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
