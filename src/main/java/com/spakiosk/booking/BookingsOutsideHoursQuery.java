package com.spakiosk.booking;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.scheduling.Interval;
import com.spakiosk.scheduling.OpeningHours;
import com.spakiosk.screening.ScreeningRules;
import com.spakiosk.settings.AffectedBooking;
import com.spakiosk.settings.BookingsOutsideHours;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The coming bookings that new opening hours would leave outside: confirmed, checked-in or
 * running sessions from now on whose session is not inside the hours of its day. One query for
 * the coming bookings; the names come from the cached catalog. Holds are left out: they run out
 * within minutes.
 */
@Component
class BookingsOutsideHoursQuery implements BookingsOutsideHours {

    private static final EnumSet<BookingStatus> BOOKED =
            EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN, BookingStatus.IN_PROGRESS);

    @PersistenceContext
    private EntityManager em;

    private final CalendarLoader loader;
    private final SpaProperties spa;

    // Lazy: the loader reads the settings service, which asks this query; the cycle is only at construction.
    BookingsOutsideHoursQuery(@Lazy CalendarLoader loader, SpaProperties spa) {
        this.loader = loader;
        this.spa = spa;
    }

    @Override
    public List<AffectedBooking> outside(OpeningHours hours, Instant now) {
        List<Booking> coming = em.createQuery("""
                        select b from Booking b where b.status in :booked and b.startsAt >= :now
                        order by b.startsAt, b.id""", Booking.class)
                .setParameter("booked", BOOKED)
                .setParameter("now", now)
                .getResultList();
        List<Booking> outside = coming.stream()
                .filter(b -> !hours.covers(new Interval(b.getStartsAt(), b.getEndsAt()), spa.zone()))
                .toList();
        if (outside.isEmpty()) {
            return List.of();
        }
        SpaCatalog catalog = loader.catalog();
        Map<Long, String> therapists = catalog.therapists().stream()
                .collect(Collectors.toMap(SpaCatalog.TherapistTemplate::id, SpaCatalog.TherapistTemplate::name));
        Map<Long, String> treatments = catalog.treatmentTargets().values().stream()
                .collect(Collectors.toMap(ScreeningRules.Target::id, ScreeningRules.Target::name, (a, b) -> a));
        return outside.stream().map(b -> new AffectedBooking(b.getId(), b.getReferenceCode(), b.getStartsAt(),
                b.getEndsAt(), b.getGuestFirstName(), treatments.getOrDefault(b.getTreatmentId(), ""),
                therapists.getOrDefault(b.getTherapistId(), ""))).toList();
    }
}
