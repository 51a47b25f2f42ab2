package com.spakiosk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A room under maintenance is offered to nobody while the block lasts, and freely before and after. */
class RoomBlockTest {

    final Day day = Day.of("2026-11-23");
    final TherapistCalendar anna = new TherapistCalendar(1, Set.of(1L), List.of(day.between("09:00", "17:00")),
            List.of(), List.of());
    final RoomCalendar blockedRoom = new RoomCalendar(1, Set.of(1L), List.of(), List.of(day.between("10:00", "12:00")));

    SlotRequest request(String from, String until) {
        return new SlotRequest(1, 30, List.of(), day.at(from), day.at(until), null,
                Duration.ofMinutes(15), Duration.ZERO, Duration.ofMinutes(30), 50);
    }

    @Test
    void a_block_makes_the_room_busy_like_a_booking() {
        assertThat(blockedRoom.busy()).containsExactly(day.between("10:00", "12:00"));
        assertThat(blockedRoom.blocked()).containsExactly(day.between("10:00", "12:00"));
    }

    @Test
    void a_block_and_a_booking_merge_into_one_busy_time() {
        var room = new RoomCalendar(1, Set.of(1L), List.of(day.between("09:30", "10:15")),
                List.of(day.between("10:00", "11:00")));
        assertThat(room.busy()).containsExactly(day.between("09:30", "11:00"));
        assertThat(room.blocked()).containsExactly(day.between("10:00", "11:00"));
    }

    @Test
    void the_engine_offers_no_start_in_a_blocked_room_during_the_block() {
        var snapshot = Snapshot.of(Day.BERLIN, List.of(anna), List.of(blockedRoom), List.of());
        List<Slot> slots = new SlotFinder().find(snapshot, request("09:00", "13:00"));
        assertThat(slots).isNotEmpty().allSatisfy(s ->
                assertThat(new Interval(s.start(), s.end()).overlaps(day.between("10:00", "12:00"))).isFalse());
        assertThat(slots).extracting(Slot::start).contains(day.at("09:30"), day.at("12:00"));
    }

    @Test
    void a_booking_in_the_block_is_refused_as_the_room_taken() {
        var snapshot = Snapshot.of(Day.BERLIN, List.of(anna), List.of(blockedRoom), List.of());
        assertThat(SlotCheck.check(snapshot, request("00:00", "23:59"), day.at("11:00"), 1, 1).problem())
                .contains(SlotProblem.ROOM_TAKEN);
    }

    @Test
    void another_room_stays_free_during_the_block() {
        var other = new RoomCalendar(2, Set.of(1L), List.of());
        var snapshot = Snapshot.of(Day.BERLIN, List.of(anna), List.of(blockedRoom, other), List.of());
        assertThat(new SlotFinder().find(snapshot, request("10:30", "10:31")))
                .singleElement().satisfies(s -> assertThat(s.roomId()).isEqualTo(2L));
    }
}
