package com.spakiosk.booking;

import com.spakiosk.base.Money;
import java.time.Instant;

/** A booking as its guest may see it after proving who they are (code plus a second factor). */
public record GuestBooking(String referenceCode, long treatmentId, long variantId, long therapistId, Instant start,
                           Instant end, Money price, BookingStatus status, boolean cancellable) {
}
