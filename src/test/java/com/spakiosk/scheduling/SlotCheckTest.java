package com.spakiosk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A concrete choice is checked rule by rule, and the answer says which rule failed. */
class SlotCheckTest {

    final Day day = Day.of("2026-11-23");
    final TherapistCalendar anna = new TherapistCalendar(1, Set.of(1L),
            List.of(day.between("09:00", "12:00"), day.between("14:00", "17:00")),
            List.of(day.between("10:00", "10:40")), List.of(day.between("12:00", "14:00")));
    final RoomCalendar room = new RoomCalendar(1, Set.of(1L), List.of(day.between("15:00", "16:00")));
    final EquipmentCalendar heaters = new EquipmentCalendar(9, 1, List.of(day.between("16:00", "17:00")));
    final Snapshot snapshot = Snapshot.of(Day.BERLIN, List.of(anna), List.of(room, new RoomCalendar(2, Set.of(), List.of())),
            List.of(heaters));

    SlotCheck.Result check(String start, long therapist, long roomId, Extra... extras) {
        var request = new SlotRequest(1, 30, List.of(extras), day.at("00:00"), day.at("23:59"), null,
                Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(30), 10);
        return SlotCheck.check(snapshot, request, day.at(start), therapist, roomId);
    }

    @Test
    void a_free_choice_gives_the_slot() {
        assertThat(check("09:00", 1, 1).slot()).hasValueSatisfying(s -> assertThat(s.end()).isEqualTo(day.at("09:30")));
    }

    @Test
    void an_unknown_or_untrained_therapist_is_unqualified() {
        assertThat(check("09:00", 7, 1).problem()).contains(SlotProblem.UNQUALIFIED_THERAPIST);
    }

    @Test
    void time_off_is_named_as_such() {
        assertThat(check("12:30", 1, 1).problem()).contains(SlotProblem.DURING_TIME_OFF);
    }

    @Test
    void after_the_shift_is_outside_the_shift() {
        assertThat(check("16:45", 1, 1).problem()).contains(SlotProblem.OUTSIDE_SHIFT);
    }

    @Test
    void a_room_not_set_up_for_the_treatment_is_unsuitable() {
        assertThat(check("09:00", 1, 2).problem()).contains(SlotProblem.ROOM_UNSUITABLE);
    }

    @Test
    void a_busy_therapist_or_room_or_equipment_means_someone_was_quicker() {
        assertThat(check("10:15", 1, 1).problem()).contains(SlotProblem.THERAPIST_TAKEN);
        assertThat(check("15:15", 1, 1).problem()).contains(SlotProblem.ROOM_TAKEN);
        assertThat(check("16:15", 1, 1, new Extra(15, Extra.Placement.DURING, 9L)).problem())
                .contains(SlotProblem.EQUIPMENT_EXHAUSTED);
        assertThat(SlotProblem.ROOM_TAKEN.isJustTaken()).isTrue();
        assertThat(SlotProblem.OUTSIDE_SHIFT.isJustTaken()).isFalse();
    }

    @Test
    void a_named_therapist_not_trained_for_a_chosen_add_on_is_unqualified() {
        assertThat(check("09:00", 1, 1, new Extra(15, Extra.Placement.DURING, null, 1, 31L)).problem())
                .contains(SlotProblem.UNQUALIFIED_THERAPIST);
    }
}
