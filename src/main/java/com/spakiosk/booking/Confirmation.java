package com.spakiosk.booking;

import com.spakiosk.base.Money;
import java.time.Instant;

/** A confirmed booking as the guest and the desk see it right after confirming. */
public record Confirmation(long bookingId, String referenceCode, long treatmentId, long therapistId, long roomId,
                           Instant start, Instant end, Money price, boolean screeningReviewRequired) {

    static Confirmation of(Booking b) {
        return new Confirmation(b.getId(), b.getReferenceCode(), b.getTreatmentId(), b.getTherapistId(),
                b.getRoomId(), b.getStartsAt(), b.getEndsAt(), b.getPrice(), b.isScreeningReviewRequired());
    }
}
