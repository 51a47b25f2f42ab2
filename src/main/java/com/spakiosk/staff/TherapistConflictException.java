package com.spakiosk.staff;

import java.util.List;

/**
 * A change was refused because coming bookings would be left without their therapist; nothing
 * was written. The list is what the manager must move or cancel first (as the database saw it
 * under the therapist's lock: a booking made meanwhile is in it).
 */
public class TherapistConflictException extends RuntimeException {

    private final List<DisplacedBooking> displaced;

    public TherapistConflictException(List<DisplacedBooking> displaced) {
        super(displaced.size() + " coming bookings would be left without their therapist");
        this.displaced = List.copyOf(displaced);
    }

    public List<DisplacedBooking> displaced() {
        return displaced;
    }
}
