package com.spakiosk.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A room: which treatments it suits, and when it is busy (bookings including turnover, and the
 * manager's maintenance blocks, which the engine treats like a booking nobody can move).
 *
 * @param blocked the maintenance blocks alone, also part of {@code busy}
 */
public record RoomCalendar(long roomId, Set<Long> suitableTreatments, List<Interval> busy, List<Interval> blocked) {

    public RoomCalendar(long roomId, Set<Long> suitableTreatments, List<Interval> busy) {
        this(roomId, suitableTreatments, busy, List.of());
    }

    public RoomCalendar {
        suitableTreatments = Set.copyOf(suitableTreatments);
        blocked = Intervals.merge(blocked);
        List<Interval> all = new ArrayList<>(busy);
        all.addAll(blocked);
        busy = Intervals.merge(all);
    }
}
