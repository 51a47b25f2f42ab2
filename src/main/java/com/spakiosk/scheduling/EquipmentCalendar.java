package com.spakiosk.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Shared equipment: how many units exist, and each unit-use already booked (not merged: they stack). */
public record EquipmentCalendar(long equipmentTypeId, int capacity, List<Interval> uses, Duration longestUse) {

    public EquipmentCalendar(long equipmentTypeId, int capacity, List<Interval> uses) {
        this(equipmentTypeId, capacity, uses, null);
    }

    public EquipmentCalendar {
        if (capacity < 0) {
            throw new IllegalArgumentException("Capacity cannot be negative");
        }
        uses = uses.stream().filter(u -> !u.isEmpty()).sorted().toList();
        longestUse = uses.stream().map(Interval::length).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /**
     * The most units in use at any one moment within {@code window}, counting {@code extra}
     * uses as well (another add-on of the same booking). The peak is reached at the window's
     * start or at the start of some use, so only those moments are counted.
     */
    public int peakUse(Interval window, List<Interval> extra) {
        List<Interval> overlapping = new ArrayList<>();
        // Uses are sorted by start; none that starts before (window start - longest use) can reach the window.
        int from = firstStartingAtOrAfter(window.start().minus(longestUse));
        for (int i = from; i < uses.size() && uses.get(i).start().isBefore(window.end()); i++) {
            if (uses.get(i).overlaps(window)) {
                overlapping.add(uses.get(i));
            }
        }
        extra.stream().filter(e -> e.overlaps(window)).forEach(overlapping::add);
        int peak = 0;
        for (Interval candidate : overlapping) {
            Instant moment = candidate.start().isBefore(window.start()) ? window.start() : candidate.start();
            int inUse = 0;
            for (Interval other : overlapping) {
                if (!other.start().isAfter(moment) && other.end().isAfter(moment)) {
                    inUse++;
                }
            }
            peak = Math.max(peak, inUse);
        }
        return peak;
    }

    private int firstStartingAtOrAfter(Instant instant) {
        int low = 0;
        int high = uses.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (uses.get(mid).start().isBefore(instant)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
