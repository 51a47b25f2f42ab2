package com.spakiosk.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks one concrete choice (start, therapist, room) with the engine's own rules and says
 * which rule it breaks first. The booking service runs it inside its locked transaction.
 */
public final class SlotCheck {

    private SlotCheck() {
    }

    /** The slot this choice would make, or the first problem with it. */
    public static Result check(Snapshot snapshot, SlotRequest request, Instant start, long therapistId, long roomId) {
        Interval session = Interval.of(start, request.sessionLength());
        Interval blocked = new Interval(start, session.end().plus(request.turnover()));
        TherapistCalendar therapist = snapshot.therapists().stream()
                .filter(t -> t.therapistId() == therapistId).findFirst().orElse(null);
        RoomCalendar room = snapshot.rooms().stream().filter(r -> r.roomId() == roomId).findFirst().orElse(null);
        if (therapist == null || !SlotFinder.isQualified(therapist, request)) {
            return Result.problem(SlotProblem.UNQUALIFIED_THERAPIST);
        }
        if (!SlotFinder.fitsInShift(therapist, session)) {
            return Result.problem(Intervals.anyOverlap(therapist.timeOff(), session)
                    ? SlotProblem.DURING_TIME_OFF : SlotProblem.OUTSIDE_SHIFT);
        }
        if (room == null || !SlotFinder.roomSuits(room, request)) {
            return Result.problem(SlotProblem.ROOM_UNSUITABLE);
        }
        if (!SlotFinder.isFree(therapist.busy(), blocked)) {
            return Result.problem(SlotProblem.THERAPIST_TAKEN);
        }
        if (!SlotFinder.isFree(room.busy(), blocked)) {
            return Result.problem(SlotProblem.ROOM_TAKEN);
        }
        List<Slot.EquipmentUse> equipment = SlotFinder.equipmentFor(request, session);
        if (!SlotFinder.equipmentAvailable(snapshot, equipment)) {
            return Result.problem(SlotProblem.EQUIPMENT_EXHAUSTED);
        }
        return new Result(Optional.of(new Slot(start, session.end(), blocked.end(), therapistId, roomId, equipment)),
                Optional.empty());
    }

    /** Either a slot or a problem. */
    public record Result(Optional<Slot> slot, Optional<SlotProblem> problem) {
        static Result problem(SlotProblem problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }
}
