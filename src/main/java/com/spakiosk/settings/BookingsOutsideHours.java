package com.spakiosk.settings;

import com.spakiosk.scheduling.OpeningHours;
import java.time.Instant;
import java.util.List;

/**
 * Finds the coming bookings that given hours would leave outside. Implemented where the bookings
 * live (the booking feature), so that the settings need not know bookings.
 */
public interface BookingsOutsideHours {

    /** Booked (not merely held) sessions starting at or after {@code now} that the hours do not cover, by start. */
    List<AffectedBooking> outside(OpeningHours hours, Instant now);
}
