package com.spakiosk.settings;

import java.time.Instant;

/**
 * A coming booking that new opening hours or a new closed date would leave outside the hours:
 * shown to the manager before saving, never dropped silently.
 */
public record AffectedBooking(long bookingId, String referenceCode, Instant startsAt, Instant endsAt,
                              String guestFirstName, String treatmentName, String therapistName) {
}
