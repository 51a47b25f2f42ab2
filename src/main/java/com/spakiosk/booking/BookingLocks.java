package com.spakiosk.booking;

import com.spakiosk.scheduling.SlotRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referee's whistle: row locks ({@code SELECT ... FOR UPDATE}) on the therapist, the room
 * and each equipment type a booking needs, always in the same order (therapist, room, then
 * equipment by id) so that two writers can never wait for each other in a circle. The locks
 * live in the database, so they hold across app instances; they are released at commit.
 */
@Component
class BookingLocks {

    @PersistenceContext
    private EntityManager em;

    private final BookingChangeRecorder changes;

    BookingLocks(BookingChangeRecorder changes) {
        this.changes = changes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lock(long therapistId, long roomId, Collection<Long> equipmentTypeIds) {
        lockTherapist(therapistId);
        lockRoom(roomId);
        for (long equipmentTypeId : new TreeSet<>(equipmentTypeIds)) {
            lockEquipment(equipmentTypeId);
        }
    }

    /**
     * Locks only the room's row: a manager's change to the room (a block, taking it out of use)
     * competes with every booking in it, and each of those takes this lock, so they are placed
     * one after the other. Taken without a therapist's lock, so the fixed order stays fixed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockRoom(long roomId) {
        em.createNativeQuery("select id from room where id = :id for update").setParameter("id", roomId)
                .getResultList();
    }

    /** Locks only an equipment type's row: a manager lowering its count competes with every booking using it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockEquipment(long equipmentTypeId) {
        em.createNativeQuery("select id from equipment_type where id = :id for update")
                .setParameter("id", equipmentTypeId).getResultList();
    }

    /**
     * Steps 1-2 of the referee (decision 0008) for a booking's request: lock its therapist, room
     * and equipment in the fixed order, then expire holds that ran out there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockFor(long therapistId, long roomId, SlotRequest request, Instant now) {
        lock(therapistId, roomId, request.extras().stream()
                .filter(e -> e.equipmentTypeId() != null).map(e -> e.equipmentTypeId()).toList());
        expireStaleHolds(therapistId, roomId, now);
    }

    /**
     * Locks only the therapist's row: blocking their time competes with every booking for them,
     * and each of those takes this lock first, so a block and a booking are placed one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockTherapist(long therapistId) {
        em.createNativeQuery("select id from therapist where id = :id for update").setParameter("id", therapistId)
                .getResultList();
    }

    /**
     * Creates the gate row of a client (a kiosk's address, hashed) if it has none, in a
     * transaction of its own, so that {@link #lockClient} always finds a row to lock. Two
     * instances creating it at once: one insert wins, and the other's duplicate is harmless.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void ensureClientGate(String clientKey) {
        em.createNativeQuery("""
                        insert into hold_client_gate (client_key)
                        select :key where not exists (select 1 from hold_client_gate where client_key = :key)""")
                .setParameter("key", clientKey).executeUpdate();
    }

    /**
     * Locks a client's gate row: holds from one client address are counted and placed one at a
     * time, so that parallel requests of a script cannot slip past the cap on live holds. Taken
     * before any other lock, so the fixed order stays fixed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockClient(String clientKey) {
        em.createNativeQuery("select client_key from hold_client_gate where client_key = :key for update")
                .setParameter("key", clientKey).getResultList();
    }

    /**
     * Marks holds that ran out as EXPIRED where they touch this therapist or room, so that they
     * no longer count anywhere (on PostgreSQL the exclusion constraint sees only live rows).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int expireStaleHolds(long therapistId, long roomId, Instant now) {
        String stale = " where b.status = :held and b.holdExpiresAt <= :now"
                + " and (b.therapistId = :therapist or b.roomId = :room)";
        changes.recordStarts(em.createQuery("select b.startsAt from Booking b" + stale, Instant.class)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", now)
                .setParameter("therapist", therapistId)
                .setParameter("room", roomId)
                .getResultList());
        return em.createQuery("""
                        update Booking b set b.status = :expired, b.holdExpiresAt = null, b.holdOwner = null,
                               b.holdClient = null""" + stale)
                .setParameter("expired", BookingStatus.EXPIRED)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", now)
                .setParameter("therapist", therapistId)
                .setParameter("room", roomId)
                .executeUpdate();
    }
}
