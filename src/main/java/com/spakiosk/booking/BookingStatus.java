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

    /**
     * The allowed changes: CONFIRMED -> CHECKED_IN -> IN_PROGRESS -> COMPLETED; a confirmed or
     * checked-in booking can be cancelled or marked a no-show. Holds change only by confirm or expiry.
     */
    public boolean canBecome(BookingStatus next) {
        return switch (this) {
            case CONFIRMED -> next == CHECKED_IN || next == CANCELLED || next == NO_SHOW;
            case CHECKED_IN -> next == IN_PROGRESS || next == CANCELLED || next == NO_SHOW;
            case IN_PROGRESS -> next == COMPLETED;
            case HELD, EXPIRED, COMPLETED, CANCELLED, NO_SHOW -> false;
        };
    }
}
