package com.spakiosk.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The oracle: for every start on the grid, tries every therapist with every room by plain
 * linear scans, with none of the engine's sorting, merging or binary searches. Slow and
 * obviously right; the engine must find exactly the starts it finds.
 */
public final class BruteForceSlotFinder {

    public List<Instant> feasibleStarts(Snapshot snapshot, SlotRequest request) {
        List<Instant> starts = new ArrayList<>();
        for (Instant start = SlotRequest.alignUp(request.earliestStart(), request.grid(), snapshot.zone());
             start.isBefore(request.searchUntil()) && starts.size() < request.limit();
             start = SlotRequest.alignUp(start.plus(request.grid()), request.grid(), snapshot.zone())) {
            if (anyAssignment(snapshot, request, start)) {
                starts.add(start);
            }
        }
        return starts;
    }

    private static boolean anyAssignment(Snapshot snapshot, SlotRequest request, Instant start) {
        Interval session = Interval.of(start, request.sessionLength());
        Interval blocked = new Interval(start, session.end().plus(request.turnover()));
        if (!equipmentFits(snapshot, SlotFinder.equipmentFor(request, session))) {
            return false;
        }
        for (TherapistCalendar t : snapshot.therapists()) {
            if (isValidTherapist(t, request, session, blocked)) {
                for (RoomCalendar r : snapshot.rooms()) {
                    if (isValidRoom(r, request, blocked)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every check of a therapist, by scanning: skill, add-on skills, preference, inside one working stretch, free. */
    public static boolean isValidTherapist(TherapistCalendar t, SlotRequest request, Interval session, Interval blocked) {
        if (!t.skills().contains(request.treatmentId())) {
            return false;
        }
        for (Extra extra : request.extras()) {
            if (extra.addOnId() != null && !t.addOnSkills().contains(extra.addOnId())) {
                return false;
            }
        }
        if (request.preferredTherapistId() != null && request.preferredTherapistId() != t.therapistId()) {
            return false;
        }
        boolean inShift = false;
        for (Interval w : t.working()) {
            inShift |= !w.start().isAfter(session.start()) && !w.end().isBefore(session.end());
        }
        if (!inShift) {
            return false;
        }
        for (Interval b : t.busy()) {
            if (b.start().isBefore(blocked.end()) && blocked.start().isBefore(b.end())) {
                return false;
            }
        }
        return true;
    }

    public static boolean isValidRoom(RoomCalendar r, SlotRequest request, Interval blocked) {
        if (!r.suitableTreatments().contains(request.treatmentId())) {
            return false;
        }
        for (Interval b : r.busy()) {
            if (b.start().isBefore(blocked.end()) && blocked.start().isBefore(b.end())) {
                return false;
            }
        }
        return true;
    }

    /** At every moment a use starts, count units in use (existing plus this booking's) against the capacity. */
    public static boolean equipmentFits(Snapshot snapshot, List<Slot.EquipmentUse> uses) {
        for (Slot.EquipmentUse use : uses) {
            EquipmentCalendar calendar = snapshot.equipment().get(use.equipmentTypeId());
            if (calendar == null) {
                return false;
            }
            List<Interval> all = new ArrayList<>(calendar.uses());
            uses.stream().filter(u -> u.equipmentTypeId() == use.equipmentTypeId()).map(Slot.EquipmentUse::when)
                    .forEach(all::add);
            for (Interval moment : all) {
                Instant m = moment.start();
                if (m.isBefore(use.when().start()) || !m.isBefore(use.when().end())) {
                    m = use.when().start();
                }
                int inUse = 0;
                for (Interval u : all) {
                    if (!u.start().isAfter(m) && u.end().isAfter(m)) {
                        inUse++;
                    }
                }
                if (inUse > calendar.capacity()) {
                    return false;
                }
            }
        }
        return true;
    }
}
