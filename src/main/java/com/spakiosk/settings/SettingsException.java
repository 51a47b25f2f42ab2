package com.spakiosk.settings;

import java.time.Instant;
import java.util.List;

/** A save of the settings that was refused; the editor answers it calmly. */
public class SettingsException extends RuntimeException {

    public enum Reason {
        /** Another manager saved first: reload and apply again. */
        STALE,
        /** Bookings the manager has not seen would fall outside the new hours. */
        UNSEEN_BOOKINGS
    }

    private final Reason reason;
    private final List<AffectedBooking> bookings;
    private final String changedBy;
    private final Instant changedAt;

    SettingsException(Reason reason, String message, List<AffectedBooking> bookings, String changedBy,
                      Instant changedAt) {
        super(message);
        this.reason = reason;
        this.bookings = List.copyOf(bookings);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#UNSEEN_BOOKINGS}: every booking outside the new hours, seen or not. */
    public List<AffectedBooking> bookings() {
        return bookings;
    }

    /** For {@link Reason#STALE}: who saved the settings last, and when. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
