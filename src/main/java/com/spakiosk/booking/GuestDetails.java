package com.spakiosk.booking;

import java.time.Instant;
import java.util.List;

/**
 * A guest's record with their bookings, for the desk.
 *
 * @param upcoming    bookings that have not ended yet, soonest first
 * @param past        bookings that have ended, latest first
 * @param noShows     bookings marked as no-show
 * @param lateCancels bookings cancelled after the guest cancel cut-off (less than
 *                    the guest cancel cut-off (SpaSettings) before the start, or later)
 */
public record GuestDetails(long id, long version, String firstName, String lastName, String phone, String email,
                           String notes, Instant createdAt, List<Visit> upcoming, List<Visit> past, int noShows,
                           int lateCancels) {

    public String fullName() {
        return lastName == null ? firstName : firstName + " " + lastName;
    }

    /**
     * One booking of the guest.
     *
     * @param cancelledAt when it was cancelled; null unless it was
     * @param lateCancel  cancelled after the cut-off
     */
    public record Visit(long bookingId, String code, Instant start, Instant end, long treatmentId, long therapistId,
                        BookingStatus status, Instant cancelledAt, boolean lateCancel) {
    }
}
