package com.spakiosk.booking;

import com.spakiosk.security.Roles;
import com.spakiosk.scheduling.Interval;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a booking that a room change would strand could go instead, as the engine sees the
 * calendar: another room at the same time first, then other times and therapists, on its own day
 * or, when that day has nothing, the next days. The room change is not saved yet, so the engine
 * does not know it: choices in that room during the change are left out here.
 */
@Service
public class StrandedMoves {

    /** How many days after the booking's own to look when that day has nothing. */
    static final int DAYS_AHEAD = 7;
    static final int AT_MOST = 40;

    private final MovePlanner planner;
    private final BookingRepository bookings;
    private final com.spakiosk.base.SpaProperties spa;

    StrandedMoves(MovePlanner planner, BookingRepository bookings, com.spakiosk.base.SpaProperties spa) {
        this.planner = planner;
        this.bookings = bookings;
        this.spa = spa;
    }

    /**
     * Places the booking could move to, best first, that avoid room {@code roomId} during
     * [avoidFrom, avoidUntil) (the whole room where both are null); empty when nothing fits within a week.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<Place> options(long bookingId, long roomId, Instant avoidFrom, Instant avoidUntil) {
        Booking booking = bookings.findById(bookingId).orElse(null);
        if (booking == null) {
            return List.of();
        }
        Interval avoided = avoidFrom == null || avoidUntil == null ? null : new Interval(avoidFrom, avoidUntil);
        LocalDate day = LocalDate.ofInstant(booking.getStartsAt(), spa.zone());
        for (int ahead = 0; ahead <= DAYS_AHEAD; ahead++) {
            List<Place> places = new ArrayList<>();
            for (Map.Entry<Long, List<MovePlanner.Option>> therapist : planner.choices(bookingId, day.plusDays(ahead))
                    .byTherapist().entrySet()) {
                for (MovePlanner.Option option : therapist.getValue()) {
                    for (long room : option.roomIds()) {
                        boolean clashes = room == roomId && (avoided == null
                                || new Interval(option.start(), option.end()).overlaps(avoided));
                        if (!clashes) {
                            places.add(new Place(option.start(), option.end(), therapist.getKey(), room));
                        }
                    }
                }
            }
            if (!places.isEmpty()) {
                Instant was = booking.getStartsAt();
                long ownTherapist = booking.getTherapistId();
                return places.stream().sorted(Comparator
                                .comparing((Place p) -> Duration.between(was, p.start()).abs())
                                .thenComparing(p -> p.therapistId() == ownTherapist ? 0 : 1)
                                .thenComparing(Place::start))
                        .limit(AT_MOST).toList();
            }
        }
        return List.of();
    }

    /** A time, therapist and room the engine allows for the booking. */
    public record Place(Instant start, Instant end, long therapistId, long roomId) {
    }
}
