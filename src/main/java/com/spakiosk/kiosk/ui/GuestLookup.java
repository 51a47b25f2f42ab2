package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.GuestBooking;
import java.time.Duration;
import java.util.Optional;

/**
 * "Find my booking" at one kiosk: the code and second factor that found a booking are kept
 * here, on the server, so that Cancel acts on that booking and on nothing typed afterwards.
 * Every find and cancel is counted against the kiosk and the code before it is checked.
 */
final class GuestLookup {

    private final KioskServices services;
    private final String kioskAddress;
    private Found found;

    GuestLookup(KioskServices services, String kioskAddress) {
        this.services = services;
        this.kioskAddress = kioskAddress;
    }

    /**
     * Looks a booking up by code and second factor. Every attempt is counted before it is checked,
     * against this kiosk and against the code; a find remembers the booking with the very details
     * that found it, so that Cancel acts on that booking and nothing typed afterwards.
     */
    FindResult find(String code, String secondFactor) {
        found = null;
        Optional<Duration> wait = services.throttle().admitLookup(kioskAddress, code);
        if (wait.isPresent()) {
            return new FindResult.Locked(wait.get());
        }
        Optional<GuestBooking> booking = services.guestBookings().findForGuest(code, secondFactor);
        if (booking.isEmpty()) {
            services.events().lookupFailed(kioskAddress);
            return new FindResult.NotFound();
        }
        services.throttle().lookupSucceeded(kioskAddress, code);
        found = new Found(code, secondFactor, booking.get());
        return new FindResult.Shown(booking.get());
    }

    Optional<GuestBooking> found() {
        return Optional.ofNullable(found).map(Found::booking);
    }

    /** The guest cancels the booking they found; counted like a look-up. */
    FindResult cancelFound() {
        if (found == null) {
            return new FindResult.NotFound();
        }
        Optional<Duration> wait = services.throttle().admitLookup(kioskAddress, found.code());
        if (wait.isPresent()) {
            return new FindResult.Locked(wait.get());
        }
        try {
            services.guestBookings().cancelForGuest(found.code(), found.secondFactor());
            services.throttle().lookupSucceeded(kioskAddress, found.code());
            found = null;
            return new FindResult.Cancelled();
        } catch (BookingException e) {
            return new FindResult.TooLate();
        }
    }

    /** What a look-up or a cancel gave. */
    sealed interface FindResult {
        record Shown(GuestBooking booking) implements FindResult {
        }

        record NotFound() implements FindResult {
        }

        record Locked(Duration retryAfter) implements FindResult {
        }

        record Cancelled() implements FindResult {
        }

        record TooLate() implements FindResult {
        }
    }

    private record Found(String code, String secondFactor, GuestBooking booking) {
    }
}
