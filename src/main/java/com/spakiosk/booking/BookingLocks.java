package com.spakiosk.booking;

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

    @Transactional(propagation = Propagation.MANDATORY)
    void lock(long therapistId, long roomId, Collection<Long> equipmentTypeIds) {
        em.createNativeQuery("select id from therapist where id = :id for update").setParameter("id", therapistId)
                .getResultList();
        em.createNativeQuery("select id from room where id = :id for update").setParameter("id", roomId)
                .getResultList();
        for (long equipmentTypeId : new TreeSet<>(equipmentTypeIds)) {
            em.createNativeQuery("select id from equipment_type where id = :id for update")
                    .setParameter("id", equipmentTypeId).getResultList();
        }
    }

    /**
     * Marks holds that ran out as EXPIRED where they touch this therapist or room, so that they
     * no longer count anywhere (on PostgreSQL the exclusion constraint sees only live rows).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int expireStaleHolds(long therapistId, long roomId, Instant now) {
        return em.createQuery("""
                        update Booking b set b.status = :expired, b.holdExpiresAt = null, b.holdOwner = null
                        where b.status = :held and b.holdExpiresAt <= :now
                          and (b.therapistId = :therapist or b.roomId = :room)""")
                .setParameter("expired", BookingStatus.EXPIRED)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", now)
                .setParameter("therapist", therapistId)
                .setParameter("room", roomId)
                .executeUpdate();
    }
}
