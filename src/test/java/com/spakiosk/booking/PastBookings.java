package com.spakiosk.booking;

import com.spakiosk.base.Money;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Test helper: completed bookings in the past, written straight to the table (the booking service
 * refuses times in the past), as COMPLETED so that runs on a reused PostgreSQL never meet in its
 * overlap constraint.
 */
@Component
class PastBookings {

    private final BookingRepository repository;
    private final DemoSpaIds ids;
    private final ReferenceCode codes = new ReferenceCode();

    PastBookings(BookingRepository repository, DemoSpaIds ids) {
        this.repository = repository;
        this.ids = ids;
    }

    /** A completed 30-minute session with Anna in the Linden room that ended at {@code end}, not yet saved. */
    Booking completed(Instant end, Guest guest) {
        Instant start = end.minus(Duration.ofMinutes(30));
        var slot = new Assignment(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30),
                ids.therapist("ANNA"), ids.room("LINDEN"), start, end, end.plus(Duration.ofMinutes(10)));
        String code;
        do {
            code = codes.next();
        } while (repository.existsByReferenceCode(code));
        Booking booking = Booking.confirmed(slot, guest, Money.of("36.00", "EUR"), BookingChannel.KIOSK, code,
                start.minus(Duration.ofDays(2)), "kiosk");
        booking.changeStatus(BookingStatus.COMPLETED, end, "desk");
        return booking;
    }
}
