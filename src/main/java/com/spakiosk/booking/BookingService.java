package com.spakiosk.booking;

import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bookings and holds: the transaction boundary of the calendar. */
@Service
public class BookingService {

    private final BookingRepository bookings;

    BookingService(BookingRepository bookings) {
        this.bookings = bookings;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public Optional<Booking> findByReferenceCode(String code) {
        return bookings.findByReferenceCode(code);
    }

    @Transactional(readOnly = true)
    public long countBookings() {
        return bookings.count();
    }

    @Transactional(readOnly = true)
    public boolean isReferenceCodeTaken(String code) {
        return bookings.existsByReferenceCode(code);
    }

    /**
     * Records an already confirmed booking, as when importing a spa's existing calendar.
     * Refuses one that overlaps an occupying booking of the same therapist or room.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public Booking importConfirmed(Booking booking) {
        long clashes = bookings.countOverlapping(booking.getTherapistId(), booking.getRoomId(),
                booking.getStartsAt(), booking.getBlockedUntil(), BookingStatus.OCCUPYING);
        if (clashes > 0) {
            throw new IllegalArgumentException("That time is already taken for this therapist or room");
        }
        return bookings.save(booking);
    }
}
