package com.spakiosk.booking;

import java.util.EnumSet;
import java.util.Set;

/** Where a booking is in its life. HELD and EXPIRED are the two states of a slot hold. */
public enum BookingStatus {
    HELD, EXPIRED, CONFIRMED, CHECKED_IN, IN_PROGRESS, COMPLETED, CANCELLED, NO_SHOW;

    /** States that occupy a therapist, a room and equipment. */
    public static final Set<BookingStatus> OCCUPYING = EnumSet.of(HELD, CONFIRMED, CHECKED_IN, IN_PROGRESS);

    public boolean occupiesCalendar() {
        return OCCUPYING.contains(this);
    }
}
