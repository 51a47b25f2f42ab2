package com.spakiosk.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * Who, where and when a booking takes place: treatment and duration, therapist, room, times.
 *
 * @param blockedUntil the end plus turnover: therapist and room are busy until then
 */
public record Assignment(long treatmentId, long variantId, long therapistId, long roomId,
                   Instant startsAt, Instant endsAt, Instant blockedUntil) {

    public Assignment {
        Objects.requireNonNull(startsAt);
        Objects.requireNonNull(endsAt);
        Objects.requireNonNull(blockedUntil);
        if (!startsAt.isBefore(endsAt) || blockedUntil.isBefore(endsAt)) {
            throw new IllegalArgumentException("A slot must start before it ends, and turnover cannot be negative");
        }
    }
}
