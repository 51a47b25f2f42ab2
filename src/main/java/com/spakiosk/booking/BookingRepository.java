package com.spakiosk.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

    Optional<Booking> findByReferenceCode(String referenceCode);

    boolean existsByReferenceCode(String referenceCode);

    /** Occupying bookings whose busy time (incl. turnover) overlaps [from, to) for a therapist or a room. */
    @Query("""
            select count(b) from Booking b
            where b.status in :statuses
              and (b.therapistId = :therapistId or b.roomId = :roomId)
              and b.startsAt < :to and b.blockedUntil > :from""")
    long countOverlapping(long therapistId, long roomId, Instant from, Instant to,
                          Collection<BookingStatus> statuses);
}
