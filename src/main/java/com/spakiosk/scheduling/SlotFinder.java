package com.spakiosk.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The availability engine. For each start on the grid, earliest first, it looks for a
 * qualified therapist who works and is free for the whole session and its turnover, a
 * suitable free room, and the equipment each add-on needs for its part; when several fit it
 * picks the therapist (and room) whose choice leaves the fewest unusable gaps, so the day
 * stays bookable for walk-ins, then the one least booked that day.
 *
 * <p>Pure Java over one {@link Snapshot}: no database, no framework, no clock.
 */
public final class SlotFinder {

    /** Slots for the request, earliest first, at most {@code request.limit()}. */
    public List<Slot> find(Snapshot snapshot, SlotRequest request) {
        List<TherapistCalendar> candidates = snapshot.therapists().stream()
                .filter(t -> isQualified(t, request))
                .filter(t -> isTheRequestedTherapist(t, request))
                .toList();
        List<RoomCalendar> rooms = snapshot.rooms().stream().filter(r -> roomSuits(r, request)).toList();
        List<Slot> slots = new ArrayList<>();
        if (candidates.isEmpty() || rooms.isEmpty()) {
            return slots;
        }
        var bookedMinutes = new BookedMinutes(snapshot);
        List<Interval> anyoneWorks = Intervals.merge(candidates.stream().flatMap(t -> t.working().stream()).toList());
        Instant start = SlotRequest.alignUp(request.earliestStart(), request.grid(), snapshot.zone());
        while (start != null && start.isBefore(request.searchUntil()) && slots.size() < request.limit()) {
            bestAt(snapshot, request, candidates, rooms, bookedMinutes, start).ifPresent(slots::add);
            start = nextCandidate(anyoneWorks, SlotRequest.alignUp(start.plus(request.grid()), request.grid(),
                    snapshot.zone()), request, snapshot);
        }
        return slots;
    }

    /**
     * The next grid line at which some candidate therapist works: nights and days off are
     * skipped in one step, so the cost follows working time, not the length of the range.
     */
    static Instant nextCandidate(List<Interval> anyoneWorks, Instant start, SlotRequest request, Snapshot snapshot) {
        int i = Intervals.firstEndingAfter(anyoneWorks, start);
        if (i == anyoneWorks.size()) {
            return null;
        }
        Instant shiftStart = anyoneWorks.get(i).start();
        return shiftStart.isAfter(start) ? SlotRequest.alignUp(shiftStart, request.grid(), snapshot.zone()) : start;
    }

    /** The best assignment for one start time, if any fits. */
    Optional<Slot> bestAt(Snapshot snapshot, SlotRequest request, List<TherapistCalendar> candidates,
                          List<RoomCalendar> rooms, BookedMinutes bookedMinutes, Instant start) {
        Interval session = Interval.of(start, request.sessionLength());
        Interval blocked = new Interval(start, session.end().plus(request.turnover()));
        List<Slot.EquipmentUse> equipment = equipmentFor(request, session);
        if (!equipmentAvailable(snapshot, equipment)) {
            return Optional.empty();
        }
        Optional<TherapistCalendar> therapist = candidates.stream()
                .filter(t -> fitsInShift(t, session))
                .filter(t -> isFree(t.busy(), blocked))
                .min(Comparator.<TherapistCalendar>comparingInt(t -> unusableGaps(t.busy(), t.working(), blocked, request))
                        .thenComparingLong(t -> bookedMinutes.on(t, start))
                        .thenComparingLong(TherapistCalendar::therapistId));
        if (therapist.isEmpty()) {
            return Optional.empty();
        }
        Optional<RoomCalendar> room = rooms.stream()
                .filter(r -> isFree(r.busy(), blocked))
                .min(Comparator.<RoomCalendar>comparingInt(r -> unusableGaps(r.busy(), null, blocked, request))
                        .thenComparingLong(RoomCalendar::roomId));
        return room.map(r -> new Slot(start, session.end(), blocked.end(), therapist.get().therapistId(),
                r.roomId(), equipment));
    }

    // ---------------------------------------------------------------- the rules, one each

    /** Only a therapist trained for the treatment, and for every chosen add-on that asks for it, may perform it. */
    static boolean isQualified(TherapistCalendar therapist, SlotRequest request) {
        return therapist.skills().contains(request.treatmentId())
                && therapist.addOnSkills().containsAll(request.addOnIds());
    }

    /** "Any therapist" takes everyone; a named therapist only them. */
    static boolean isTheRequestedTherapist(TherapistCalendar therapist, SlotRequest request) {
        return request.preferredTherapistId() == null || request.preferredTherapistId() == therapist.therapistId();
    }

    /** The whole session lies within one working stretch: not across a break, time off or shift end. */
    static boolean fitsInShift(TherapistCalendar therapist, Interval session) {
        return Intervals.containing(therapist.working(), session) != null;
    }

    /** Nothing else (a booking or a live hold, with its turnover) overlaps the session plus its turnover. */
    static boolean isFree(List<Interval> busy, Interval blocked) {
        return !Intervals.anyOverlap(busy, blocked);
    }

    /** The room is set up for this treatment (a foot-bath chair is no table for glute work). */
    static boolean roomSuits(RoomCalendar room, SlotRequest request) {
        return room.suitableTreatments().contains(request.treatmentId());
    }

    /**
     * Each add-on's equipment for its part only: an add-on before the massage (the soak) from
     * the start, one during it (hot stones) from the massage's start to the end; one use per unit
     * the add-on takes.
     */
    static List<Slot.EquipmentUse> equipmentFor(SlotRequest request, Interval session) {
        Instant massageStart = session.start().plus(Duration.ofMinutes(request.minutesBefore()));
        List<Slot.EquipmentUse> uses = new ArrayList<>();
        Instant beforeCursor = session.start();
        for (Extra extra : request.extras()) {
            if (extra.placement() == Extra.Placement.BEFORE) {
                Instant end = beforeCursor.plus(Duration.ofMinutes(extra.minutes()));
                if (extra.equipmentTypeId() != null && end.isAfter(beforeCursor)) {
                    useUnits(uses, extra, new Interval(beforeCursor, end));
                }
                beforeCursor = end;
            } else if (extra.equipmentTypeId() != null) {
                useUnits(uses, extra, new Interval(massageStart, session.end()));
            }
        }
        return uses;
    }

    /** One use per unit: the capacity check and the booking's rows then count units, not add-ons. */
    private static void useUnits(List<Slot.EquipmentUse> uses, Extra extra, Interval when) {
        for (int unit = 0; unit < extra.units(); unit++) {
            uses.add(new Slot.EquipmentUse(extra.equipmentTypeId(), when));
        }
    }

    /** Every piece of equipment has a free unit for the whole time it is needed. */
    static boolean equipmentAvailable(Snapshot snapshot, List<Slot.EquipmentUse> uses) {
        for (int i = 0; i < uses.size(); i++) {
            Slot.EquipmentUse use = uses.get(i);
            EquipmentCalendar calendar = snapshot.equipment().get(use.equipmentTypeId());
            if (calendar == null) {
                return false;
            }
            List<Interval> earlierOfThisBooking = uses.subList(0, i).stream()
                    .filter(u -> u.equipmentTypeId() == use.equipmentTypeId()).map(Slot.EquipmentUse::when).toList();
            if (calendar.peakUse(use.when(), earlierOfThisBooking) + 1 > calendar.capacity()) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many gaps the booking would leave next to it that are too short to ever sell (shorter
     * than the shortest session plus turnover): 0, 1 or 2. Gaps are measured to the neighbouring
     * busy times and, for a therapist, to the edges of the working stretch.
     */
    static int unusableGaps(List<Interval> busy, List<Interval> working, Interval blocked, SlotRequest request) {
        Duration sellable = request.shortestSession().plus(request.turnover());
        Instant windowStart = null;
        Instant windowEnd = null;
        if (working != null) {
            Interval shift = Intervals.containing(working, new Interval(blocked.start(), blocked.start()));
            if (shift != null) {
                windowStart = shift.start();
                windowEnd = shift.end();
            }
        }
        Instant previous = Intervals.previousEnd(busy, blocked.start());
        Instant next = Intervals.nextStart(busy, blocked.end());
        Instant gapStart = latest(windowStart, previous);
        Instant gapEnd = earliest(windowEnd, next);
        int unusable = 0;
        if (gapStart != null && isUnusable(Duration.between(gapStart, blocked.start()), sellable)) {
            unusable++;
        }
        if (gapEnd != null && isUnusable(Duration.between(blocked.end(), gapEnd), sellable)) {
            unusable++;
        }
        return unusable;
    }

    private static boolean isUnusable(Duration gap, Duration sellable) {
        return gap.isPositive() && gap.compareTo(sellable) < 0;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : Intervals.max(a, b);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : (a.isBefore(b) ? a : b);
    }

    /** Minutes each therapist is already booked on a local day: the tie-break for fairness. */
    static final class BookedMinutes {
        private final Snapshot snapshot;
        private final Map<Long, Map<LocalDate, Long>> cache = new HashMap<>();

        BookedMinutes(Snapshot snapshot) {
            this.snapshot = snapshot;
        }

        long on(TherapistCalendar therapist, Instant moment) {
            LocalDate day = moment.atZone(snapshot.zone()).toLocalDate();
            return cache.computeIfAbsent(therapist.therapistId(), id -> perDay(therapist))
                    .getOrDefault(day, 0L);
        }

        private Map<LocalDate, Long> perDay(TherapistCalendar therapist) {
            Map<LocalDate, Long> minutes = new HashMap<>();
            for (Interval busy : therapist.busy()) {
                minutes.merge(busy.start().atZone(snapshot.zone()).toLocalDate(), busy.length().toMinutes(), Long::sum);
            }
            return minutes;
        }
    }
}
