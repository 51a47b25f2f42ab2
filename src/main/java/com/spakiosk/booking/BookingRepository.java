package com.spakiosk.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.id = :id")
    Optional<Booking> findForUpdate(long id);

    /** The booking, locked, if it still has the version the caller saw; refused as STALE otherwise. */
    default Booking lockedCurrent(long id, long version) {
        Booking booking = findForUpdate(id)
                .orElseThrow(() -> new BookingException(BookingException.Reason.NOT_FOUND, "No such booking"));
        if (booking.getVersion() != version) {
            throw new BookingException(BookingException.Reason.STALE,
                    "Someone else changed this booking a moment ago; here is how it looks now");
        }
        return booking;
    }

    @Modifying
    @Query("""
            update Booking b set b.status = com.spakiosk.booking.BookingStatus.EXPIRED, b.holdExpiresAt = null,
                   b.holdOwner = null, b.holdClient = null
            where b.status = com.spakiosk.booking.BookingStatus.HELD and b.holdExpiresAt <= :now""")
    int expireHolds(Instant now);

    /** The starts of the holds {@link #expireHolds} would mark (so that the desks hear of them). */
    @Query("""
            select b.startsAt from Booking b
            where b.status = com.spakiosk.booking.BookingStatus.HELD and b.holdExpiresAt <= :now""")
    List<Instant> startsOfExpiredHolds(Instant now);

    /** Lets go of the live holds of one owner (a kiosk guest who chose another time). */
    @Modifying
    @Query("""
            update Booking b set b.status = com.spakiosk.booking.BookingStatus.EXPIRED, b.holdExpiresAt = null,
                   b.holdOwner = null, b.holdClient = null
            where b.holdOwner = :owner and b.status = com.spakiosk.booking.BookingStatus.HELD
              and b.holdExpiresAt > :now""")
    int releaseLiveHolds(String owner, Instant now);

    /** The starts of the holds {@link #releaseLiveHolds} would let go of. */
    @Query("""
            select b.startsAt from Booking b
            where b.holdOwner = :owner and b.status = com.spakiosk.booking.BookingStatus.HELD
              and b.holdExpiresAt > :now""")
    List<Instant> startsOfLiveHolds(String owner, Instant now);

    @Query("""
            select count(b) from Booking b
            where b.holdClient = :client and b.status = com.spakiosk.booking.BookingStatus.HELD
              and b.holdExpiresAt > :now""")
    long countLiveHolds(String client, Instant now);

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

    /** Coming confirmed or checked-in bookings of a treatment (a menu change would touch them). */
    @Query("""
            select b from Booking b
            where b.treatmentId = :treatmentId and b.startsAt > :now
              and b.status in (com.spakiosk.booking.BookingStatus.CONFIRMED, com.spakiosk.booking.BookingStatus.CHECKED_IN)
            order by b.startsAt""")
    List<Booking> findComingOfTreatment(long treatmentId, Instant now);

    /** Coming confirmed or checked-in bookings of one duration of a treatment. */
    @Query("""
            select b from Booking b
            where b.variantId = :variantId and b.startsAt > :now
              and b.status in (com.spakiosk.booking.BookingStatus.CONFIRMED, com.spakiosk.booking.BookingStatus.CHECKED_IN)
            order by b.startsAt""")
    List<Booking> findComingOfVariant(long variantId, Instant now);

    /** Coming confirmed or checked-in bookings carrying an add-on. */
    @Query("""
            select b from Booking b join b.addOns a
            where a.addOnId = :addOnId and b.startsAt > :now
              and b.status in (com.spakiosk.booking.BookingStatus.CONFIRMED, com.spakiosk.booking.BookingStatus.CHECKED_IN)
            order by b.startsAt""")
    List<Booking> findComingWithAddOn(long addOnId, Instant now);

    /** Coming confirmed or checked-in bookings of one treatment carrying an add-on. */
    @Query("""
            select b from Booking b join b.addOns a
            where a.addOnId = :addOnId and b.treatmentId = :treatmentId and b.startsAt > :now
              and b.status in (com.spakiosk.booking.BookingStatus.CONFIRMED, com.spakiosk.booking.BookingStatus.CHECKED_IN)
            order by b.startsAt""")
    List<Booking> findComingOfTreatmentWithAddOn(long treatmentId, long addOnId, Instant now);
}
