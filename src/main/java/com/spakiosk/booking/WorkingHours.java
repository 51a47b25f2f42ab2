package com.spakiosk.booking;

import com.spakiosk.scheduling.Interval;
import java.util.List;

/**
 * A therapist's hours over some days, as the engine sees them: {@code scheduled} is the shift
 * plan less breaks, {@code available} that less time off (holidays, blocked time). Instants, merged.
 */
public record WorkingHours(long therapistId, String name, List<Interval> scheduled, List<Interval> available) {

    public WorkingHours {
        scheduled = List.copyOf(scheduled);
        available = List.copyOf(available);
    }

    public long scheduledMinutes() {
        return minutes(scheduled);
    }

    public long availableMinutes() {
        return minutes(available);
    }

    static long minutes(List<Interval> intervals) {
        return intervals.stream().mapToLong(i -> i.length().toMinutes()).sum();
    }
}
