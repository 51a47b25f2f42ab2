package com.spakiosk.booking;

import com.spakiosk.security.Roles;
import com.spakiosk.staff.Room;
import com.spakiosk.staff.RoomBlock;
import com.spakiosk.staff.RoomEditor;
import com.spakiosk.staff.RoomForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's change to a room that could leave bookings without one: a maintenance block,
 * taking the room out of use, or taking a treatment away from it. The coming bookings and live
 * holds it would strand are listed first; each must be moved or cancelled before the change
 * saves; nothing is dropped silently. The save takes the room's row lock, which every booking in
 * the room takes too, and looks again in the same transaction, so a booking made a moment earlier
 * refuses the change calmly and one made a moment later already sees it.
 */
@Service
public class RoomChanges {

    @PersistenceContext
    private EntityManager em;

    private final BookingLocks locks;
    private final RoomEditor rooms;
    private final BookingChangeRecorder recorder;
    private final Clock clock;

    RoomChanges(BookingLocks locks, RoomEditor rooms, BookingChangeRecorder recorder, Clock clock) {
        this.locks = locks;
        this.rooms = rooms;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The coming bookings and live holds that saving this room would leave without a room, earliest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<TimeBlockService.InTheWay> strandedBy(RoomForm form) {
        if (form.isNew()) {
            return List.of();
        }
        RoomForm stored = rooms.room(form.id());
        Instant now = clock.instant();
        if (stored.active() && !form.active()) {
            return inRoom(form.id(), now, Instant.MAX, null);
        }
        Set<Long> taken = new HashSet<>(stored.treatmentIds());
        taken.removeAll(form.treatmentIds());
        return !form.active() || taken.isEmpty() ? List.of() : inRoom(form.id(), now, Instant.MAX, taken);
    }

    /** The bookings and live holds in the room whose session lies partly in [from, until), earliest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<TimeBlockService.InTheWay> inTheWayOfBlock(long roomId, Instant from, Instant until) {
        return from == null || until == null || !from.isBefore(until) ? List.of() : inRoom(roomId, from, until, null);
    }

    /**
     * Saves the room (see {@link RoomEditor#save}). Refused with
     * {@link BookingException.Reason#BOOKINGS_IN_THE_WAY}, nothing written, while it would strand a
     * booking or live hold ({@link #strandedBy}).
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public Room save(RoomForm form) {
        if (!form.isNew()) {
            locks.lockRoom(form.id());
            if (!strandedBy(form).isEmpty()) {
                throw inTheWay();
            }
        }
        return rooms.save(form);
    }

    /**
     * Blocks the room for [from, until) (see {@link RoomEditor#addBlock} for the checks at the
     * fields). Refused with {@link BookingException.Reason#BOOKINGS_IN_THE_WAY}, nothing written,
     * while a booking or live hold lies in that time.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public RoomBlock block(long roomId, Instant from, Instant until, String reason) {
        locks.lockRoom(roomId);
        RoomBlock block = rooms.addBlock(roomId, from, until, reason);
        if (!inRoom(roomId, from, until, null).isEmpty()) {
            throw inTheWay(); // rolls the block back
        }
        recorder.record(from, until); // open desks showing those days redraw
        return block;
    }

    /** Lifts a block: the room can be booked then again. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public void unblock(long blockId) {
        rooms.removeBlock(blockId).ifPresent(b -> recorder.record(b.getStartsAt(), b.getEndsAt()));
    }

    private static BookingException inTheWay() {
        return new BookingException(BookingException.Reason.BOOKINGS_IN_THE_WAY,
                "Bookings would be left without a room; move or cancel them first");
    }

    private List<TimeBlockService.InTheWay> inRoom(long roomId, Instant from, Instant until, Set<Long> treatments) {
        Instant now = clock.instant();
        Instant after = from.isAfter(now) ? from : now;
        String ofTreatments = treatments == null ? "" : " and b.treatmentId in :treatments";
        var query = em.createQuery("""
                        select b.id, b.version, b.status, b.startsAt, b.endsAt, b.treatmentId, b.guestFirstName,
                               b.holdExpiresAt
                        from Booking b
                        where b.roomId = :room and b.status in :occupying
                          and (b.status <> :held or b.holdExpiresAt > :now)
                          and b.endsAt > :after""" + (until == Instant.MAX ? "" : " and b.startsAt < :until")
                        + ofTreatments + " order by b.startsAt, b.id", Object[].class)
                .setParameter("room", roomId)
                .setParameter("occupying", BookingStatus.OCCUPYING)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", now)
                .setParameter("after", after);
        if (until != Instant.MAX) {
            query.setParameter("until", until);
        }
        if (treatments != null) {
            query.setParameter("treatments", treatments);
        }
        return query.getResultList().stream().map(TimeBlockService.InTheWay::of).toList();
    }
}
