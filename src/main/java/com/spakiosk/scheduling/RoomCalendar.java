package com.spakiosk.scheduling;

import java.util.List;
import java.util.Set;

/** A room: which treatments it suits, and when it is busy (including turnover). */
public record RoomCalendar(long roomId, Set<Long> suitableTreatments, List<Interval> busy) {

    public RoomCalendar {
        suitableTreatments = Set.copyOf(suitableTreatments);
        busy = Intervals.merge(busy);
    }
}
