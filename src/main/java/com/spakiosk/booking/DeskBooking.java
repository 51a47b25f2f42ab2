package com.spakiosk.booking;

import com.spakiosk.base.Money;
import java.time.Instant;
import java.util.List;

/** One booking as the desk's panel shows it: the guest, the session, the screening and the history. */
public record DeskBooking(long id, long version, String code, BookingStatus status, BookingChannel channel,
                          Instant start, Instant end, long treatmentId, long therapistId, long roomId,
                          String guestFirstName, String guestPhone, String guestEmail, Money price,
                          List<AddOn> addOns, List<Flag> flags, boolean reviewOpen, Instant reviewClearedAt,
                          String reviewClearedBy, List<HistoryLine> history, String statusReason, String deskNote,
                          Checkout checkout, List<Long> equipmentTypeIds) {

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

    /** The latest change: who made it and when (for "someone else changed this booking"). */
    public java.util.Optional<HistoryLine> lastChange() {
        return history.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(history.getLast());
    }

    /** The note of the latest screening review clearance, if there was one. */
    public java.util.Optional<String> reviewNote() {
        return history.reversed().stream().filter(h -> "REVIEW_CLEARED".equals(h.action())).findFirst()
                .map(HistoryLine::details);
    }

    /** How a completed session was paid: method, discount with its reason, and the amount paid. */
    public record Checkout(PaymentMethod method, Money discount, String discountReason, Money paid, Instant at) {
    }
}
