package com.spakiosk.booking;

import com.spakiosk.staff.ComingBooking;
import com.spakiosk.staff.MoveSuggestion;
import com.spakiosk.staff.TherapistBookings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import com.spakiosk.base.SpaProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The bookings side of the therapist editor (staff feature): a therapist's coming bookings and
 * live holds (one query; names from the cached catalog), their row lock, and moves and cancels
 * through {@link BookingService} with its usual checks, suggested by {@link MovePlanner}.
 */
@Component
class TherapistBookingsAdapter implements TherapistBookings {

    /** Sessions still ahead and movable, and live holds (which only run out). */
    private static final EnumSet<BookingStatus> COMING =
            EnumSet.of(BookingStatus.HELD, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN);

    @PersistenceContext
    private EntityManager em;

    private final BookingLocks locks;
    private final CalendarLoader loader;
    private final MovePlanner planner;
    private final BookingService bookings;
    private final BookingChangeRecorder recorder;
    private final SpaProperties spa;

    // Lazy: the catalog reads the staff service; the editor that uses this sits beside it.
    TherapistBookingsAdapter(BookingLocks locks, @Lazy CalendarLoader loader, @Lazy MovePlanner planner,
                             @Lazy BookingService bookings, BookingChangeRecorder recorder, SpaProperties spa) {
        this.locks = locks;
        this.loader = loader;
        this.planner = planner;
        this.bookings = bookings;
        this.recorder = recorder;
        this.spa = spa;
    }

    @Override
    public List<ComingBooking> coming(long therapistId, Instant now) {
        List<Booking> coming = em.createQuery("""
                        select b from Booking b left join fetch b.addOns
                        where b.therapistId = :therapist and b.status in :coming and b.startsAt >= :now
                          and (b.status <> :held or b.holdExpiresAt > :now)
                        order by b.startsAt, b.id""", Booking.class)
                .setParameter("therapist", therapistId)
                .setParameter("coming", COMING)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", now)
                .getResultList();
        Map<Long, String> treatments = loader.catalog().everyTreatmentName();
        return coming.stream().map(b -> new ComingBooking(b.getId(), b.getVersion(),
                b.getStatus() == BookingStatus.HELD, b.getStartsAt(), b.getEndsAt(), b.getTreatmentId(),
                treatments.getOrDefault(b.getTreatmentId(), ""), b.getGuestFirstName(), b.getReferenceCode(),
                b.getHoldExpiresAt(), b.getAddOns().stream().map(Booking.BookedAddOn::addOnId)
                        .filter(Objects::nonNull).collect(Collectors.toSet()))).toList();
    }

    @Override
    public void lockTherapist(long therapistId) {
        locks.lockTherapist(therapistId);
    }

    @Override
    public Optional<MoveSuggestion> suggestMove(long bookingId, long awayFromTherapist) {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(booking.getStartsAt(), spa.zone());
        SpaCatalog catalog = loader.catalog();
        Map<Long, String> therapists = catalog.therapists().stream()
                .collect(Collectors.toMap(SpaCatalog.TherapistTemplate::id, SpaCatalog.TherapistTemplate::name));
        Map<Long, String> rooms = catalog.rooms().stream()
                .collect(Collectors.toMap(SpaCatalog.RoomTemplate::id, SpaCatalog.RoomTemplate::name));
        Comparator<Candidate> nearest = Comparator.comparing(
                c -> Duration.between(booking.getStartsAt(), c.option().start()).abs());
        return planner.choices(bookingId, day).byTherapist().entrySet().stream()
                .filter(e -> e.getKey() != awayFromTherapist)
                .flatMap(e -> e.getValue().stream().filter(o -> !o.roomIds().isEmpty())
                        .map(o -> new Candidate(e.getKey(), o)))
                .min(nearest.thenComparing(c -> therapists.getOrDefault(c.therapistId(), "")))
                .map(c -> {
                    long room = c.option().roomIds().contains(booking.getRoomId()) ? booking.getRoomId()
                            : c.option().roomIds().getFirst();
                    return new MoveSuggestion(bookingId, c.option().start(), c.option().end(), c.therapistId(),
                            therapists.getOrDefault(c.therapistId(), ""), room, rooms.getOrDefault(room, ""));
                });
    }

    private record Candidate(long therapistId, MovePlanner.Option option) {
    }

    @Override
    public Optional<String> move(long bookingId, long version, MoveSuggestion to) {
        try {
            return bookings.move(bookingId, version, to.start(), to.therapistId(), to.roomId())
                    .map(taken -> "manage.therapist.conflict.taken");
        } catch (BookingException e) {
            return Optional.of(refusal(e));
        }
    }

    @Override
    public Optional<String> cancel(long bookingId, long version, String reason) {
        try {
            bookings.cancel(bookingId, version, reason);
            return Optional.empty();
        } catch (BookingException e) {
            return Optional.of(refusal(e));
        } catch (IllegalArgumentException e) {
            return Optional.of("manage.therapist.conflict.refused");
        }
    }

    @Override
    public void announce(Instant from, Instant until) {
        recorder.record(from, until);
    }

    private static String refusal(BookingException e) {
        return e.reason() == BookingException.Reason.STALE ? "manage.therapist.conflict.stale"
                : "manage.therapist.conflict.refused";
    }
}
