package com.spakiosk.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A therapist's coming booking or live kiosk hold, as a change of their hours must consider it.
 * Loaded where the bookings live (the booking feature) through {@link TherapistBookings}.
 *
 * @param held          a kiosk guest's hold (it runs out by itself at {@code holdExpiresAt}; nobody moves it)
 * @param referenceCode null for a hold
 * @param addOnIds      the booked add-ons: the therapist must stay qualified for each
 */
public record ComingBooking(long bookingId, long version, boolean held, Instant start, Instant end, long treatmentId,
                            String treatmentName, String guestFirstName, String referenceCode, Instant holdExpiresAt,
                            Set<Long> addOnIds) {

    public ComingBooking {
        addOnIds = Set.copyOf(addOnIds);
    }
}
