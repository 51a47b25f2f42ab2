package com.spakiosk.booking;

import com.spakiosk.menu.FutureBookings;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The booking feature's answer to the menu editor: which coming bookings a change touches. */
@Component
class MenuFutureBookings implements FutureBookings {

    private final BookingRepository bookings;
    private final BookingService service;
    private final Clock clock;

    MenuFutureBookings(BookingRepository bookings, BookingService service, Clock clock) {
        this.bookings = bookings;
        this.service = service;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Affected> ofTreatment(long treatmentId) {
        return bookings.findComingOfTreatment(treatmentId, clock.instant()).stream().map(MenuFutureBookings::affected).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Affected> ofVariant(long variantId) {
        return bookings.findComingOfVariant(variantId, clock.instant()).stream().map(MenuFutureBookings::affected).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Affected> withAddOn(long addOnId) {
        return bookings.findComingWithAddOn(addOnId, clock.instant()).stream().map(MenuFutureBookings::affected).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Affected> ofTreatmentWithAddOn(long treatmentId, long addOnId) {
        return bookings.findComingOfTreatmentWithAddOn(treatmentId, addOnId, clock.instant()).stream()
                .map(MenuFutureBookings::affected).toList();
    }

    /** In the menu change's transaction: a booking changed meanwhile refuses (stale), and the change with it. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(List<Affected> affected, String reason) {
        for (Affected a : affected) {
            service.cancel(a.bookingId(), a.version(), reason);
        }
    }

    private static Affected affected(Booking b) {
        return new Affected(b.getId(), b.getVersion(), b.getReferenceCode(), b.getStartsAt(), b.getGuestFirstName());
    }
}
