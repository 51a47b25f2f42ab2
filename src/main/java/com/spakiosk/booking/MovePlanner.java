package com.spakiosk.booking;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.scheduling.SlotCheck;
import com.spakiosk.scheduling.SlotFinder;
import com.spakiosk.scheduling.SlotProblem;
import com.spakiosk.scheduling.SlotRequest;
import com.spakiosk.scheduling.Snapshot;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a booking could move, as the engine sees the calendar without the booking itself:
 * the choices the desk's move dialog offers, and the check behind a drop on the calendar.
 * Read-only: the move itself goes through {@link BookingService#move}, which checks again under locks.
 */
@Service
public class MovePlanner {

    /** More starts than a day has on a 15-minute grid. */
    private static final int A_DAY_OF_STARTS = 200;

    private final BookingRepository bookings;
    private final CalendarLoader loader;
    private final SlotRequests requests;
    private final SpaProperties spa;
    private final Clock clock;
    private final SlotFinder finder = new SlotFinder();

    MovePlanner(BookingRepository bookings, CalendarLoader loader, SlotRequests requests, SpaProperties spa,
                Clock clock) {
        this.bookings = bookings;
        this.loader = loader;
        this.requests = requests;
        this.spa = spa;
        this.clock = clock;
    }

    /**
     * Every start on {@code date} (from now on) the booking could move to: with "any therapist"
     * the engine's best therapist and room per start, and per qualified therapist each start with
     * every room that is free then. Empty when the booking cannot move (it is over or cancelled).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public MoveChoices choices(long bookingId, LocalDate date) {
        Booking booking = bookings.findById(bookingId).orElse(null);
        Instant now = clock.instant();
        Instant dayStart = date.atStartOfDay(spa.zone()).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(spa.zone()).toInstant();
        if (booking == null || !isMovable(booking) || !dayEnd.isAfter(now)) {
            return new MoveChoices(List.of(), Map.of());
        }
        SpaCatalog catalog = loader.catalog();
        Instant from = dayStart.isAfter(now) ? dayStart : now;
        Snapshot snapshot = loader.snapshot(catalog, date, date.plusDays(1), now, bookingId);
        List<Slot> any = finder.find(snapshot, request(catalog, booking, from, dayEnd, null, A_DAY_OF_STARTS));
        Map<Long, List<Option>> byTherapist = new LinkedHashMap<>();
        for (SpaCatalog.TherapistTemplate therapist : catalog.therapists()) {
            SlotRequest request = request(catalog, booking, from, dayEnd, therapist.id(), A_DAY_OF_STARTS);
            List<Option> options = new ArrayList<>();
            for (Slot slot : finder.find(snapshot, request)) {
                List<Long> rooms = catalog.rooms().stream().map(SpaCatalog.RoomTemplate::id)
                        .filter(room -> SlotCheck.check(snapshot, request, slot.start(), therapist.id(), room)
                                .slot().isPresent())
                        .toList();
                options.add(new Option(slot.start(), slot.end(), rooms));
            }
            if (!options.isEmpty()) {
                byTherapist.put(therapist.id(), List.copyOf(options));
            }
        }
        return new MoveChoices(any, byTherapist);
    }

    /**
     * Whether the booking could move to {@code start}, with the therapist and room given or, where
     * null, the booking's own if they fit, else the first that does. Says why not otherwise.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public MoveCheck check(long bookingId, Instant start, Long therapistId, Long roomId) {
        Booking booking = bookings.findById(bookingId).orElse(null);
        Instant now = clock.instant();
        if (booking == null || !isMovable(booking)) {
            return MoveCheck.refused(MoveCheck.NOT_MOVABLE);
        }
        if (start.isBefore(now)) {
            return MoveCheck.refused(MoveCheck.IN_THE_PAST);
        }
        SpaCatalog catalog = loader.catalog();
        LocalDate day = LocalDate.ofInstant(start, spa.zone());
        Snapshot snapshot = loader.snapshot(catalog, day, day.plusDays(1), now, bookingId);
        SlotRequest request = request(catalog, booking, start, start.plusSeconds(1), therapistId, 1);
        List<Long> therapists = therapistId != null ? List.of(therapistId) : ownFirst(booking.getTherapistId(),
                catalog.therapists().stream().map(SpaCatalog.TherapistTemplate::id));
        List<Long> rooms = roomId != null ? List.of(roomId) : ownFirst(booking.getRoomId(),
                catalog.rooms().stream().map(SpaCatalog.RoomTemplate::id));
        SlotProblem first = null;
        for (long therapist : therapists) {
            for (long room : rooms) {
                SlotCheck.Result result = SlotCheck.check(snapshot, request, start, therapist, room);
                if (result.slot().isPresent()) {
                    return new MoveCheck(result.slot().get(), null);
                }
                first = first == null ? result.problem().orElseThrow() : first;
            }
        }
        return MoveCheck.refused(first == null ? SlotProblem.ROOM_UNSUITABLE.name() : first.name());
    }

    /** Bookings still ahead of their session; a hold belongs to the kiosk guest who holds it. */
    static boolean isMovable(Booking booking) {
        return booking.getStatus() == BookingStatus.CONFIRMED || booking.getStatus() == BookingStatus.CHECKED_IN;
    }

    private SlotRequest request(SpaCatalog catalog, Booking booking, Instant from, Instant until, Long therapistId,
                                int limit) {
        List<Long> addOnIds = booking.getAddOns().stream().map(Booking.BookedAddOn::addOnId).toList();
        return requests.build(catalog, booking.getTreatmentId(), booking.getVariantId(), addOnIds, from, until,
                therapistId, limit);
    }

    private static List<Long> ownFirst(long own, Stream<Long> all) {
        return Stream.concat(Stream.of(own), all.filter(id -> id != own)).toList();
    }

    /**
     * @param anyTherapist the engine's best therapist and room for each start, earliest first
     * @param byTherapist  per therapist who can take it, each start with the rooms free then
     */
    public record MoveChoices(List<Slot> anyTherapist, Map<Long, List<Option>> byTherapist) {

        public boolean isEmpty() {
            return anyTherapist.isEmpty();
        }
    }

    /** A start for one therapist, with every room that is free then (in the catalog's order). */
    public record Option(Instant start, Instant end, List<Long> roomIds) {
    }

    /**
     * A proposed move: the slot it would take, or why not.
     *
     * @param problem a {@link SlotProblem} name, {@link #IN_THE_PAST} or {@link #NOT_MOVABLE}; null when it fits
     */
    public record MoveCheck(Slot slot, String problem) {

        public static final String IN_THE_PAST = "IN_THE_PAST";
        public static final String NOT_MOVABLE = "NOT_MOVABLE";

        static MoveCheck refused(String problem) {
            return new MoveCheck(null, problem);
        }

        public boolean fits() {
            return slot != null;
        }
    }
}
