package com.spakiosk.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the therapist editor needs from the bookings, implemented where they live (the booking
 * feature), so that the staff feature need not know bookings: the coming ones, the therapist's
 * row lock that every booking for them takes, and moving or cancelling one through the booking
 * service with its usual checks.
 */
public interface TherapistBookings {

    /** Confirmed and checked-in bookings and live holds of the therapist starting at or after {@code now}, by start. */
    List<ComingBooking> coming(long therapistId, Instant now);

    /** Takes the therapist's row lock (in the caller's transaction), as a booking for them does. */
    void lockTherapist(long therapistId);

    /** The engine's best place for the booking with another therapist on its day, nearest its time; empty if none. */
    Optional<MoveSuggestion> suggestMove(long bookingId, long awayFromTherapist);

    /** Moves the booking at the version shown; empty when moved, else the refusal's message key. */
    Optional<String> move(long bookingId, long version, MoveSuggestion to);

    /** Cancels the booking at the version shown, with the reason kept in its history; else the refusal's message key. */
    Optional<String> cancel(long bookingId, long version, String reason);

    /** Tells open desks that these times changed (time off, a changed day), after commit. */
    void announce(Instant from, Instant until);
}
