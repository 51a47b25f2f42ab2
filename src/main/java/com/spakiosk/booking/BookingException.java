package com.spakiosk.booking;

/**
 * A booking request that breaks a rule. Nothing was written. The reason tells the UI which
 * calm message to show; the message is for logs and developers.
 */
public class BookingException extends RuntimeException {

    /** Why a request was refused. */
    public enum Reason {
        UNKNOWN_TREATMENT,
        ADD_ON_NOT_ALLOWED,
        SCREENING_BLOCKED,
        IN_THE_PAST,
        UNQUALIFIED_THERAPIST,
        DURING_TIME_OFF,
        OUTSIDE_SHIFT,
        ROOM_UNSUITABLE,
        HOLD_EXPIRED,
        FOREIGN_HOLD,
        STALE,
        NOT_FOUND,
        TRANSITION_NOT_ALLOWED,
        TOO_MANY_HOLDS,
        REVIEW_NOT_CLEARED,
        /** Bookings or live holds lie in the time that was to be blocked. */
        BOOKINGS_IN_THE_WAY
    }

    private final Reason reason;

    public BookingException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
