package com.spakiosk.booking;

import com.spakiosk.security.Roles;
import com.spakiosk.staff.TimeOff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk blocks a therapist's time (sick, a training): it becomes time off, which the engine
 * never offers. Bookings and live holds in the way must be moved or cancelled first; nothing is
 * dropped silently. The block takes the therapist's row lock that every booking for them takes,
 * and looks again for anything in the way in the same transaction, so a booking made a moment
 * earlier refuses the block, and a booking made a moment later sees the time off.
 */
@Service
public class TimeBlockService {

    @PersistenceContext
    private EntityManager em;

    private final BookingLocks locks;
    private final CalendarLoader loader;
    private final Clock clock;
    private final BookingChangeRecorder recorder;

    TimeBlockService(BookingLocks locks, CalendarLoader loader, Clock clock, BookingChangeRecorder recorder) {
        this.recorder = recorder;
        this.locks = locks;
        this.loader = loader;
        this.clock = clock;
    }

    /** The bookings and live holds of the therapist whose session lies partly in [from, until), earliest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public List<InTheWay> inTheWay(long therapistId, Instant from, Instant until) {
        return em.createQuery("""
                        select b.id, b.version, b.status, b.startsAt, b.endsAt, b.treatmentId, b.guestFirstName,
                               b.holdExpiresAt
                        from Booking b
                        where b.therapistId = :therapist and b.status in :occupying
                          and (b.status <> :held or b.holdExpiresAt > :now)
                          and b.startsAt < :until and b.endsAt > :from
                        order by b.startsAt, b.id""", Object[].class)
                .setParameter("therapist", therapistId)
                .setParameter("occupying", BookingStatus.OCCUPYING)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", clock.instant())
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList().stream().map(InTheWay::of).toList();
    }

    /**
     * Blocks [from, until) of the therapist with a reason. Refused with
     * {@link BookingException.Reason#BOOKINGS_IN_THE_WAY} (and nothing written) while a booking or
     * live hold lies in that time; an unknown therapist, an empty time or a missing reason is
     * refused with an {@link IllegalArgumentException}.
     */
    @Transactional
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public void block(long therapistId, Instant from, Instant until, String reason) {
        TimeOff period = new TimeOff(therapistId, from, until, reason);
        if (loader.catalog().therapists().stream().noneMatch(t -> t.id() == therapistId)) {
            throw new IllegalArgumentException("No active therapist with id " + therapistId);
        }
        locks.lockTherapist(therapistId);
        if (!inTheWay(therapistId, from, until).isEmpty()) {
            throw new BookingException(BookingException.Reason.BOOKINGS_IN_THE_WAY,
                    "Bookings lie in that time; move or cancel them first");
        }
        em.persist(period);
        em.flush();
        recorder.record(from, until); // open desks showing those days draw the block after commit

    }

    /** A booking or live hold in the way of a block. */
    public record InTheWay(long bookingId, long version, BookingStatus status, Instant start, Instant end,
                           long treatmentId, String guestFirstName, Instant holdExpiresAt) {

        /** From a row of {@code id, version, status, startsAt, endsAt, treatmentId, guestFirstName, holdExpiresAt}. */
        static InTheWay of(Object[] r) {
            return new InTheWay((Long) r[0], (Long) r[1], (BookingStatus) r[2], (Instant) r[3], (Instant) r[4],
                    (Long) r[5], (String) r[6], (Instant) r[7]);
        }
    }
}
