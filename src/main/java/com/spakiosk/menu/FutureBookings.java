package com.spakiosk.menu;

import java.time.Instant;
import java.util.List;

/**
 * The bookings still to come that a menu change would leave without what they were booked with.
 * The menu does not know bookings (they depend on it); the booking feature answers through this.
 */
public interface FutureBookings {

    /** Coming bookings (confirmed or checked in) of this treatment, earliest first. */
    List<Affected> ofTreatment(long treatmentId);

    /** Coming bookings of this duration of a treatment, earliest first. */
    List<Affected> ofVariant(long variantId);

    /** Coming bookings carrying this add-on, earliest first. */
    List<Affected> withAddOn(long addOnId);

    /** Coming bookings of this treatment that carry this add-on, earliest first. */
    List<Affected> ofTreatmentWithAddOn(long treatmentId, long addOnId);

    /** Cancels these bookings, each at the version listed, with the reason in their history. */
    void cancel(List<Affected> bookings, String reason);

    /** A coming booking a change would touch. */
    record Affected(long bookingId, long version, String referenceCode, Instant startsAt, String guestFirstName) {
    }
}
