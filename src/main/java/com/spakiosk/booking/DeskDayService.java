package com.spakiosk.booking;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.scheduling.Interval;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front desk's day: who works when, and every booking and live hold as a block. Five
 * queries whatever the size of the day: the resource version (therapists, rooms and the menu's
 * names are cached), the time off, the bookings, their add-ons and their screening verdicts.
 */
@Service
public class DeskDayService {

    /** What the desk never draws: expired holds and cancelled bookings. */
    private static final Set<BookingStatus> HIDDEN = Set.of(BookingStatus.EXPIRED, BookingStatus.CANCELLED);

    @PersistenceContext
    private EntityManager em;

    private final CalendarLoader loader;
    private final SpaProperties spa;
    private final Clock clock;

    DeskDayService(CalendarLoader loader, SpaProperties spa, Clock clock) {
        this.loader = loader;
        this.spa = spa;
        this.clock = clock;
    }

    /** The day's calendar as the desk draws it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public DeskDay day(LocalDate date) {
        ZoneId zone = spa.zone();
        SpaCatalog catalog = loader.catalog();
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, List<Interval>> timeOff = loader.timeOff(start, end);

        List<Interval> closed = loader.closedTimes(catalog, date, date.plusDays(1));
        List<DeskDay.TherapistColumn> therapists = new ArrayList<>();
        for (SpaCatalog.TherapistTemplate t : catalog.therapists()) {
            if (!t.plan().working(date, date.plusDays(1), zone).isEmpty()) {
                therapists.add(new DeskDay.TherapistColumn(t.id(), t.name(), loader.workingTime(t, date,
                        date.plusDays(1), timeOff.getOrDefault(t.id(), List.of()), closed), t.colourClass()));
            }
        }
        therapists.sort(Comparator.comparing(DeskDay.TherapistColumn::name));
        // In the manager's column order (the catalog's), each with its maintenance blocks of the day.
        Interval wholeDay = new Interval(start, end);
        List<DeskDay.RoomColumn> rooms = catalog.rooms().stream()
                .map(r -> new DeskDay.RoomColumn(r.id(), r.name(), r.blocks().stream().filter(b -> b.overlaps(wholeDay))
                        .map(b -> new Interval(b.start().isBefore(start) ? start : b.start(),
                                b.end().isAfter(end) ? end : b.end())).toList()))
                .toList();

        List<DeskDay.Block> blocks = blocks(start, end);
        // The day's shifts as the rotation and one-off changes give them, breaks aside.
        List<Interval> shifts = catalog.therapists().stream()
                .flatMap(t -> t.plan().working(date, date.plusDays(1), zone).stream()).toList();
        Instant opens = shifts.stream().map(Interval::start).min(Instant::compareTo)
                .orElse(LocalTime.of(9, 0).atDate(date).atZone(zone).toInstant());
        Instant closes = shifts.stream().map(Interval::end).max(Instant::compareTo)
                .orElse(LocalTime.of(18, 0).atDate(date).atZone(zone).toInstant());
        // Bookings outside the shifts (an import, a changed plan) still show: the day stretches to them.
        for (DeskDay.Block b : blocks) {
            opens = b.start().isBefore(opens) ? b.start() : opens;
            closes = b.end().isAfter(closes) ? b.end() : closes;
        }
        return new DeskDay(date, zone, opens, closes, therapists, rooms, blocks,
                catalog.everyTreatmentName());
    }

    /** One booking with everything the desk's panel shows; empty when there is no such booking. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public java.util.Optional<DeskBooking> booking(long bookingId) {
        return java.util.Optional.ofNullable(em.find(Booking.class, bookingId)).map(b -> new DeskBooking(b.getId(),
                b.getVersion(), b.getReferenceCode(), b.getStatus(), b.getChannel(), b.getStartsAt(), b.getEndsAt(),
                b.getTreatmentId(), b.getTherapistId(), b.getRoomId(), b.getGuestFirstName(), b.getGuestPhone(),
                b.getGuestEmail(), b.getPrice(),
                b.getAddOns().stream().map(a -> new DeskBooking.AddOn(a.addOnId(), a.optionCode())).toList(),
                b.getScreeningFlags().stream().map(f -> new DeskBooking.Flag(f.questionCode(), f.subject(),
                        f.verdict(), f.note())).toList(),
                b.isScreeningReviewOpen(), b.getScreeningClearedAt(), b.getScreeningClearedBy(),
                b.getHistory().stream().map(h -> new DeskBooking.HistoryLine(h.getOccurredAt(), h.getActor(),
                        h.getAction(), h.getDetails())).toList(), b.getStatusReason(), b.getDeskNote(),
                checkout(b), b.getEquipment().stream().map(Booking.EquipmentUse::equipmentTypeId).distinct().toList()));
    }

    private static DeskBooking.Checkout checkout(Booking b) {
        Payment p = b.getPayment();
        if (p == null) {
            return null;
        }
        String currency = b.getPrice().currency().getCurrencyCode();
        return new DeskBooking.Checkout(p.paymentMethod(), p.discount(currency), p.discountReason(), p.paid(currency),
                p.paidAt());
    }

    /** The bookings and live holds of [start, end) that the desk draws, with their add-ons and caution flags. */
    private List<DeskDay.Block> blocks(Instant start, Instant end) {
        Instant now = clock.instant();
        Map<Long, Set<Long>> addOns = new HashMap<>();
        onTheDay("select b.id, a.addOnId from Booking b join b.addOns a", Object[].class, start, end, now)
                .forEach(r -> addOns.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
        Set<Long> caution = new HashSet<>(onTheDay("select distinct b.id from Booking b join b.screeningFlags f",
                Long.class, start, end, now, " and f.verdict = 'CAUTION'"));
        List<DeskDay.Block> blocks = new ArrayList<>();
        onTheDay("""
                select b.id, b.version, b.status, b.startsAt, b.endsAt, b.therapistId, b.roomId, b.treatmentId,
                       b.guestFirstName, b.holdExpiresAt, b.screeningReviewRequired, b.screeningClearedAt
                from Booking b""", Object[].class, start, end, now, " order by b.startsAt, b.id")
                .forEach(r -> {
                    long id = (Long) r[0];
                    blocks.add(new DeskDay.Block(id, (Long) r[1], (BookingStatus) r[2], (Instant) r[3], (Instant) r[4],
                            (Long) r[5], (Long) r[6], (Long) r[7], (String) r[8], (Instant) r[9],
                            Set.copyOf(addOns.getOrDefault(id, Set.of())),
                            Boolean.TRUE.equals(r[10]) && r[11] == null, caution.contains(id)));
                });
        return blocks;
    }

    /** One query over the bookings the desk draws on the day: not hidden, holds only while live. */
    private <T> List<T> onTheDay(String select, Class<T> type, Instant start, Instant end, Instant now) {
        return onTheDay(select, type, start, end, now, "");
    }

    private <T> List<T> onTheDay(String select, Class<T> type, Instant start, Instant end, Instant now, String tail) {
        return em.createQuery(select + """

                        where b.status not in :hidden and (b.status <> :held or b.holdExpiresAt > :now)
                          and b.startsAt < :end and b.endsAt > :start""" + tail, type)
                .setParameter("hidden", HIDDEN).setParameter("held", BookingStatus.HELD).setParameter("now", now)
                .setParameter("start", start).setParameter("end", end).getResultList();
    }
}
