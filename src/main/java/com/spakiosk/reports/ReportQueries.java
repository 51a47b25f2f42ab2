package com.spakiosk.reports;

import com.spakiosk.booking.BookingStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The report's aggregates: every query groups in the database and returns a few rows per
 * therapist, treatment, channel or method, never entities. HQL's {@code (a - b) by minute} keeps
 * duration arithmetic portable (H2 and PostgreSQL). Periods are half-open [start, end) on the start.
 */
@Component
class ReportQueries {

    /** Sessions that were booked for the time, whether the guest came or not. */
    static final Set<BookingStatus> BOOKED = EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN,
            BookingStatus.IN_PROGRESS, BookingStatus.COMPLETED, BookingStatus.NO_SHOW);
    /** Every booking a guest made (holds and expired holds were never bookings). */
    static final Set<BookingStatus> MADE = EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN,
            BookingStatus.IN_PROGRESS, BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.CANCELLED);

    @PersistenceContext
    private EntityManager em;

    /** therapistId or roomId, booked minutes. */
    List<Object[]> bookedMinutes(String column, Instant start, Instant end) {
        String by = column.equals("room") ? "b.roomId" : "b.therapistId";
        return em.createQuery("select " + by + ", sum((b.endsAt - b.startsAt) by minute) from Booking b"
                        + " where b.status in :booked and b.startsAt >= :start and b.startsAt < :end group by " + by,
                        Object[].class)
                .setParameter("booked", BOOKED).setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    /** treatmentId, therapistId, channel, payment method, sessions, paid amount: paid sessions. */
    List<Object[]> paid(Instant start, Instant end) {
        return em.createQuery("""
                        select b.treatmentId, b.therapistId, b.channel, b.payment.paymentMethod, count(b),
                               sum(b.payment.paidAmount)
                        from Booking b
                        where b.payment.paymentMethod is not null and b.startsAt >= :start and b.startsAt < :end
                        group by b.treatmentId, b.therapistId, b.channel, b.payment.paymentMethod""", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList();
    }

    /** treatmentId, therapistId, channel, status, bookings: every booking made, by how it ended. */
    List<Object[]> outcomes(Instant start, Instant end) {
        return em.createQuery("""
                        select b.treatmentId, b.therapistId, b.channel, b.status, count(b)
                        from Booking b
                        where b.status in :made and b.startsAt >= :start and b.startsAt < :end
                        group by b.treatmentId, b.therapistId, b.channel, b.status""", Object[].class)
                .setParameter("made", MADE).setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    /** treatmentId, therapistId, channel, bookings cancelled less than {@code cutoffMinutes} before their start. */
    List<Object[]> lateCancellations(Instant start, Instant end, long cutoffMinutes) {
        return em.createQuery("""
                        select b.treatmentId, b.therapistId, b.channel, count(distinct b.id)
                        from BookingHistoryEntry h join h.booking b
                        where b.status = :cancelled and h.toStatus = :cancelled
                          and b.startsAt >= :start and b.startsAt < :end
                          and ((b.startsAt - h.occurredAt) by minute) < :cutoff
                        group by b.treatmentId, b.therapistId, b.channel""", Object[].class)
                .setParameter("cancelled", BookingStatus.CANCELLED).setParameter("cutoff", cutoffMinutes)
                .setParameter("start", start).setParameter("end", end).getResultList();
    }

    /** addOnId, treatmentId, booked sessions with that add-on. */
    List<Object[]> addOns(Instant start, Instant end) {
        return em.createQuery("""
                        select a.addOnId, b.treatmentId, count(b)
                        from Booking b join b.addOns a
                        where b.status in :booked and b.startsAt >= :start and b.startsAt < :end
                        group by a.addOnId, b.treatmentId""", Object[].class)
                .setParameter("booked", BOOKED).setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    /** treatmentId, booked sessions with at least one add-on. */
    List<Object[]> withAnyAddOn(Instant start, Instant end) {
        return em.createQuery("""
                        select b.treatmentId, count(b)
                        from Booking b
                        where b.status in :booked and b.startsAt >= :start and b.startsAt < :end
                          and exists (select 1 from Booking x join x.addOns a where x.id = b.id)
                        group by b.treatmentId""", Object[].class)
                .setParameter("booked", BOOKED).setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    /** start, created: one projection row per booking made (the heatmap needs the local hour). */
    List<Object[]> starts(Instant start, Instant end) {
        return em.createQuery("""
                        select b.startsAt, b.createdAt from Booking b
                        where b.status in :made and b.startsAt >= :start and b.startsAt < :end""", Object[].class)
                .setParameter("made", MADE).setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    /**
     * Guests with a completed visit in the period; of them, those with a booking (not cancelled)
     * after their last completed visit in the period: a second visit within the period is not yet
     * a rebooking, a booking after it is. Only bookings made by the period's end count, so that an
     * older period is judged as it stood then and not by the visits its guests made later.
     */
    long[] rebooking(Instant start, Instant end) {
        Long guests = em.createQuery("""
                        select count(distinct b.guestId) from Booking b
                        where b.status = :completed and b.guestId is not null
                          and b.startsAt >= :start and b.startsAt < :end""", Long.class)
                .setParameter("completed", BookingStatus.COMPLETED).setParameter("start", start)
                .setParameter("end", end).getSingleResult();
        Long rebooked = em.createQuery("""
                        select count(distinct b.guestId) from Booking b
                        where b.status = :completed and b.guestId is not null
                          and b.startsAt >= :start and b.startsAt < :end
                          and not exists (select 1 from Booking l where l.guestId = b.guestId
                                          and l.status = :completed and l.startsAt > b.startsAt and l.startsAt < :end)
                          and exists (select 1 from Booking o where o.guestId = b.guestId
                                      and o.startsAt > b.startsAt and o.status in :booked
                                      and o.createdAt < :end)""", Long.class)
                .setParameter("completed", BookingStatus.COMPLETED).setParameter("booked", BOOKED)
                .setParameter("start", start).setParameter("end", end).getSingleResult();
        return new long[] {guests, rebooked};
    }

    /** kind, question code, target kind, target code, channel, refusals: the anonymous daily counts (V12). */
    @SuppressWarnings("unchecked")
    List<Object[]> refusals(LocalDate from, LocalDate to) {
        return em.createNativeQuery("""
                        select kind, question_code, target_kind, target_code, channel, sum(refusals)
                        from screening_refusal_count
                        where on_day >= ? and on_day <= ?
                        group by kind, question_code, target_kind, target_code, channel""")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList();
    }

    /** id, code, name, category of every treatment (also those that left the menu). */
    List<Object[]> treatments() {
        return em.createQuery("select t.id, t.code, t.name, t.category from Treatment t", Object[].class)
                .getResultList();
    }

    List<Object[]> addOnNames() {
        return em.createQuery("select a.id, a.code, a.name, a.active from AddOn a", Object[].class).getResultList();
    }

    List<Object[]> therapists() {
        return em.createQuery("select t.id, t.code, t.displayName from Therapist t", Object[].class).getResultList();
    }

    /** id, code, name, active. */
    List<Object[]> rooms() {
        return em.createQuery("select r.id, r.code, r.name, r.active from Room r", Object[].class).getResultList();
    }

    List<Object[]> questions() {
        return em.createQuery("select q.code, q.question from ScreeningQuestion q", Object[].class).getResultList();
    }

    static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }
}
