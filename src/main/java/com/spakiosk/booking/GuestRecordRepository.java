package com.spakiosk.booking;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GuestRecordRepository extends JpaRepository<GuestRecord, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from GuestRecord g where g.id = :id")
    Optional<GuestRecord> findForUpdate(long id);

    /**
     * Guests whose name or e-mail contains {@code pattern} (lower case, LIKE-escaped with \),
     * whose phone is {@code phone} or contains {@code digits}, or who made the booking
     * {@code code}. Anonymised guests are never found.
     */
    @Query("""
            select g from GuestRecord g
            where (g.phone is not null or g.email is not null)
              and (lower(g.firstName) like :pattern escape '\\'
                   or lower(g.lastName) like :pattern escape '\\'
                   or lower(concat(g.firstName, ' ', coalesce(g.lastName, ''))) like :pattern escape '\\'
                   or g.email like :pattern escape '\\'
                   or g.phone = :phone
                   or g.phone like :digits
                   or g.id in (select b.guestId from Booking b where b.referenceCode = :code))
            order by lower(g.firstName), lower(g.lastName), g.id""")
    List<GuestRecord> search(String pattern, String phone, String digits, String code, Pageable limit);

    boolean existsByPhoneAndIdNot(String phone, long id);

    boolean existsByEmailAndIdNot(String email, long id);

    /** The guest's bookings (not holds), latest first. */
    @Query("""
            select b from Booking b
            where b.guestId = :guestId and b.status <> com.spakiosk.booking.BookingStatus.HELD
              and b.status <> com.spakiosk.booking.BookingStatus.EXPIRED
            order by b.startsAt desc""")
    List<Booking> bookingsOf(long guestId);

    /** When each cancelled booking of the guest was cancelled: [booking id, instant]. */
    @Query("""
            select h.booking.id, max(h.occurredAt) from BookingHistoryEntry h
            where h.booking.guestId = :guestId and h.toStatus = com.spakiosk.booking.BookingStatus.CANCELLED
            group by h.booking.id""")
    List<Object[]> cancellationsOf(long guestId);
}
