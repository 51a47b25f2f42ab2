package com.spakiosk.booking;

import com.spakiosk.base.Money;
import java.time.Instant;
import java.util.List;

/** One booking as the desk's panel shows it: the guest, the session, the screening and the history. */
public record DeskBooking(long id, long version, String code, BookingStatus status, BookingChannel channel,
                          Instant start, Instant end, long treatmentId, long therapistId, long roomId,
                          String guestFirstName, String guestPhone, String guestEmail, Money price,
                          List<AddOn> addOns, List<Flag> flags, boolean reviewOpen, Instant reviewClearedAt,
                          String reviewClearedBy, List<HistoryLine> history) {

    public int minutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }

    /** An add-on with its option (the oil), if it has one. */
    public record AddOn(long addOnId, String optionCode) {
    }

    /** What the screening flagged: CAUTION (a note for the therapist) or REVIEW (to clear). */
    public record Flag(String questionCode, String subject, String verdict, String note) {
    }

    public record HistoryLine(Instant at, String actor, String action, String details) {
    }
}
