package com.spakiosk.scheduling;

import java.time.Instant;
import java.util.List;

/**
 * A bookable answer: when, with whom, where, and which equipment for which part.
 *
 * @param blockedUntil end plus turnover: therapist and room stay busy until then
 */
public record Slot(Instant start, Instant end, Instant blockedUntil, long therapistId, long roomId,
                   List<EquipmentUse> equipment) {

    public Slot {
        equipment = List.copyOf(equipment);
    }

    public Interval session() {
        return new Interval(start, end);
    }

    public Interval blocked() {
        return new Interval(start, blockedUntil);
    }

    /** One unit of an equipment type for part of the session. */
    public record EquipmentUse(long equipmentTypeId, Interval when) {
    }
}
