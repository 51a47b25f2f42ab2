package com.spakiosk.booking;

import com.spakiosk.settings.SpaSettingsService;
import com.spakiosk.security.AnonymousAccess;
import com.spakiosk.security.SecurityEvents;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guests looking after their own booking at the kiosk: find it with the code and a second
 * factor, and cancel it until the cut-off. Anonymous; the second factor is the guard, and the
 * kiosk throttles failed look-ups.
 */
@Service
public class GuestBookingService {

    /** The reason a guest's own cancellation carries, for the desk and the history. */
    static final String GUEST_CANCEL_REASON = "Cancelled by the guest at the kiosk";

    private final BookingRepository bookings;
    private final SpaSettingsService settings;
    private final Clock clock;
    private final SecurityEvents events;
    private final BookingMetrics metrics;

    GuestBookingService(BookingRepository bookings, SpaSettingsService settings, Clock clock, SecurityEvents events,
                        BookingMetrics metrics) {
        this.events = events;
        this.metrics = metrics;
        this.bookings = bookings;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A guest finds their booking with its code and the last four digits of their phone number
     * or their e-mail address. Anything else finds nothing, with no hint which part was wrong.
     */
    @Transactional(readOnly = true)
    @AnonymousAccess("guests find their own booking; the kiosk throttles every attempt per kiosk and per code")
    public Optional<GuestBooking> findForGuest(String code, String secondFactor) {
        return guestsOwn(code, secondFactor).map(b -> new GuestBooking(b.getReferenceCode(), b.getTreatmentId(),
                b.getVariantId(), b.getTherapistId(), b.getStartsAt(), b.getEndsAt(), b.getPrice(), b.getStatus(),
                isCancellableByGuest(b)));
    }

    /** The guest cancels their own booking, until the guest cancel cut-off ({@code SpaSettings}) before it starts. */
    @Transactional
    @AnonymousAccess("guests cancel their own booking with code and second factor; throttled like a look-up")
    public void cancelForGuest(String code, String secondFactor) {
        Booking booking = guestsOwn(code, secondFactor)
                .flatMap(b -> bookings.findForUpdate(b.getId()))
                .orElseThrow(() -> new BookingException(BookingException.Reason.NOT_FOUND, "No such booking"));
        if (!isCancellableByGuest(booking)) {
            throw new BookingException(BookingException.Reason.TRANSITION_NOT_ALLOWED,
                    "Too close to the start, or no longer active: the front desk can help");
        }
        booking.endWithReason(BookingStatus.CANCELLED, GUEST_CANCEL_REASON, clock.instant(), "guest");
        metrics.cancelled(booking.getChannel());
        events.guestCancelled(booking.getId());
    }

    private Optional<Booking> guestsOwn(String code, String secondFactor) {
        if (code == null || secondFactor == null || secondFactor.isBlank()) {
            return Optional.empty();
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        if (!ReferenceCode.isWellFormed(normalized)) {
            return Optional.empty();
        }
        String factor = secondFactor.strip().toLowerCase(Locale.ROOT);
        return bookings.findByReferenceCode(normalized).filter(b -> matches(b, factor));
    }

    private static boolean matches(Booking b, String factor) {
        String phoneDigits = b.getGuestPhone() == null ? "" : b.getGuestPhone();
        boolean phone = factor.length() == 4 && phoneDigits.length() >= 4
                && MessageDigest.isEqual(factor.getBytes(),
                phoneDigits.substring(phoneDigits.length() - 4).getBytes());
        boolean email = b.getGuestEmail() != null
                && MessageDigest.isEqual(factor.getBytes(), b.getGuestEmail().getBytes());
        return phone || email;
    }

    private boolean isCancellableByGuest(Booking b) {
        return b.getStatus() == BookingStatus.CONFIRMED
                && clock.instant().plus(settings.current().guestCancelCutoff()).isBefore(b.getStartsAt());
    }
}
