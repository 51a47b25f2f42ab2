package com.spakiosk.booking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A guest's question: which times are free for this treatment, duration and add-ons between
 * two instants, with any therapist (null) or a named one.
 */
public record SlotSearch(long treatmentId, long variantId, List<Long> addOnIds, Instant from, Instant until,
                         Long therapistId, int limit) {

    public SlotSearch {
        Objects.requireNonNull(from);
        Objects.requireNonNull(until);
        addOnIds = List.copyOf(addOnIds);
        if (!from.isBefore(until) || limit <= 0) {
            throw new IllegalArgumentException("A search needs a time range and a positive limit");
        }
    }
}
