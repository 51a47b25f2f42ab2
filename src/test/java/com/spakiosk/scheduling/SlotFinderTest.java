package com.spakiosk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per rule of the engine, in words a spa manager would use. */
class SlotFinderTest {

    static final long MASSAGE = 1;
    static final long OTHER = 2;
    static final long HEATER = 10;
    static final long BATH = 11;
    static final long HOT_STONES = 31;

    final Day day = Day.of("2026-11-23");
    final SlotFinder finder = new SlotFinder();

    TherapistCalendar therapist(long id, Interval working, Interval... busy) {
        return new TherapistCalendar(id, Set.of(MASSAGE), List.of(working), List.of(busy));
    }

    RoomCalendar room(long id, Interval... busy) {
        return new RoomCalendar(id, Set.of(MASSAGE), List.of(busy));
    }

    SlotRequest request(int minutes, List<Extra> extras, String from, String until, Long preferred) {
        return new SlotRequest(MASSAGE, minutes, extras, day.at(from), day.at(until), preferred,
                Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(30), 100);
    }

    List<Slot> find(List<TherapistCalendar> therapists, List<RoomCalendar> rooms, List<EquipmentCalendar> equipment,
                    SlotRequest request) {
        return finder.find(Snapshot.of(Day.BERLIN, therapists, rooms, equipment), request);
    }

    @Test
    void slots_come_earliest_first_on_the_grid() {
        var slots = find(List.of(therapist(1, day.between("09:00", "11:00"))), List.of(room(1)), List.of(),
                request(30, List.of(), "09:07", "11:00", null));
        assertThat(slots).extracting(Slot::start).first().isEqualTo(day.at("09:15"));
        assertThat(slots).extracting(Slot::start).isSorted();
        assertThat(slots).last().extracting(Slot::end).isEqualTo(day.at("11:00"));
    }

    @Test
    void an_unqualified_therapist_is_never_offered() {
        var unqualified = new TherapistCalendar(1, Set.of(OTHER), List.of(day.between("09:00", "17:00")), List.of());
        assertThat(find(List.of(unqualified), List.of(room(1)), List.of(), request(30, List.of(), "09:00", "17:00", null)))
                .isEmpty();
    }

    @Test
    void a_session_never_crosses_the_end_of_a_shift_or_a_break() {
        var working = List.of(day.between("09:00", "12:00"), day.between("12:30", "14:00"));
        var t = new TherapistCalendar(1, Set.of(MASSAGE), working, List.of());
        var slots = find(List.of(t), List.of(room(1)), List.of(), request(60, List.of(), "09:00", "18:00", null));
        assertThat(slots).allSatisfy(s -> assertThat(working).anySatisfy(w -> assertThat(w.contains(s.session())).isTrue()));
        assertThat(slots).extracting(Slot::start).doesNotContain(day.at("11:15"), day.at("12:00"), day.at("13:15"));
    }

    @Test
    void turnover_keeps_the_therapist_busy_after_each_session() {
        // Busy 10:00-10:40 (a 30-minute session plus 10 minutes turnover).
        var t = therapist(1, day.between("09:00", "12:00"), day.between("10:00", "10:40"));
        var slots = find(List.of(t), List.of(room(1)), List.of(), request(30, List.of(), "09:00", "12:00", null));
        assertThat(slots).extracting(Slot::start).contains(day.at("09:15"), day.at("10:45"))
                .doesNotContain(day.at("09:30"), day.at("10:30"));
    }

    @Test
    void back_to_back_is_allowed_when_the_turnover_fits_exactly() {
        var t = therapist(1, day.between("09:00", "12:00"), day.between("09:40", "10:20"));
        var slots = find(List.of(t), List.of(room(1)), List.of(), request(30, List.of(), "09:00", "12:00", null));
        assertThat(slots).extracting(Slot::start).contains(day.at("09:00"));
        assertThat(slots.getFirst().blockedUntil()).isEqualTo(day.at("09:40"));
    }

    @Test
    void a_room_that_does_not_suit_the_treatment_is_never_used() {
        var unsuitable = new RoomCalendar(1, Set.of(OTHER), List.of());
        assertThat(find(List.of(therapist(1, day.between("09:00", "17:00"))), List.of(unsuitable), List.of(),
                request(30, List.of(), "09:00", "17:00", null))).isEmpty();
    }

    @Test
    void a_busy_room_is_skipped_for_a_free_one() {
        var slots = find(List.of(therapist(1, day.between("09:00", "10:00"))),
                List.of(room(1, day.between("09:00", "10:00")), room(2)), List.of(),
                request(30, List.of(), "09:00", "10:00", null));
        assertThat(slots).isNotEmpty().allSatisfy(s -> assertThat(s.roomId()).isEqualTo(2));
    }

    @Test
    void the_soak_comes_first_and_uses_its_foot_bath_only_before_the_massage() {
        var soak = new Extra(10, Extra.Placement.BEFORE, BATH);
        var slots = find(List.of(therapist(1, day.between("09:00", "10:00"))), List.of(room(1)),
                List.of(new EquipmentCalendar(BATH, 1, List.of())), request(30, List.of(soak), "09:00", "10:00", null));
        Slot first = slots.getFirst();
        assertThat(first.end()).isEqualTo(day.at("09:40"));
        assertThat(first.equipment()).containsExactly(new Slot.EquipmentUse(BATH, day.between("09:00", "09:10")));
    }

    @Test
    void hot_stones_use_a_heater_during_the_massage_part_only() {
        var soak = new Extra(10, Extra.Placement.BEFORE, BATH);
        var stones = new Extra(15, Extra.Placement.DURING, HEATER);
        var slots = find(List.of(therapist(1, day.between("09:00", "11:00"))), List.of(room(1)),
                List.of(new EquipmentCalendar(BATH, 1, List.of()), new EquipmentCalendar(HEATER, 1, List.of())),
                request(30, List.of(soak, stones), "09:00", "11:00", null));
        assertThat(slots.getFirst().end()).isEqualTo(day.at("09:55"));
        assertThat(slots.getFirst().equipment())
                .contains(new Slot.EquipmentUse(HEATER, day.between("09:10", "09:55")));
    }

    @Test
    void a_third_hot_stone_booking_at_once_finds_no_heater_when_two_exist() {
        var stones = new Extra(15, Extra.Placement.DURING, HEATER);
        var heaters = new EquipmentCalendar(HEATER, 2,
                List.of(day.between("09:00", "10:00"), day.between("09:00", "10:00")));
        var slots = find(List.of(therapist(1, day.between("09:00", "12:00"))), List.of(room(1)), List.of(heaters),
                request(30, List.of(stones), "09:00", "12:00", null));
        assertThat(slots).extracting(Slot::start).doesNotContain(day.at("09:00"), day.at("09:15"))
                .contains(day.at("10:00"));
    }

    @Test
    void stones_that_take_two_heaters_wait_until_both_are_free_and_the_slot_uses_both() {
        var stonesForBothLegs = new Extra(15, Extra.Placement.DURING, HEATER, 2);
        var heaters = new EquipmentCalendar(HEATER, 2, List.of(day.between("09:00", "10:00")));
        var slots = find(List.of(therapist(1, day.between("09:00", "12:00"))), List.of(room(1)), List.of(heaters),
                request(30, List.of(stonesForBothLegs), "09:00", "12:00", null));
        assertThat(slots).extracting(Slot::start).doesNotContain(day.at("09:00"), day.at("09:15"))
                .contains(day.at("10:00"));
        Slot first = slots.getFirst();
        assertThat(first.equipment()).containsExactly(new Slot.EquipmentUse(HEATER, first.session()),
                new Slot.EquipmentUse(HEATER, first.session()));
    }

    @Test
    void an_add_on_that_takes_more_units_than_exist_is_never_offered() {
        var stonesForBothLegs = new Extra(15, Extra.Placement.DURING, HEATER, 2);
        assertThat(find(List.of(therapist(1, day.between("09:00", "12:00"))), List.of(room(1)),
                List.of(new EquipmentCalendar(HEATER, 1, List.of())),
                request(30, List.of(stonesForBothLegs), "09:00", "12:00", null))).isEmpty();
    }

    @Test
    void equipment_that_does_not_exist_makes_the_add_on_unbookable() {
        var stones = new Extra(15, Extra.Placement.DURING, HEATER);
        assertThat(find(List.of(therapist(1, day.between("09:00", "12:00"))), List.of(room(1)), List.of(),
                request(30, List.of(stones), "09:00", "12:00", null))).isEmpty();
    }

    @Test
    void a_named_therapist_is_the_only_one_offered() {
        var slots = find(List.of(therapist(1, day.between("09:00", "12:00")), therapist(2, day.between("09:00", "12:00"))),
                List.of(room(1)), List.of(), request(30, List.of(), "09:00", "12:00", 2L));
        assertThat(slots).isNotEmpty().allSatisfy(s -> assertThat(s.therapistId()).isEqualTo(2));
    }

    @Test
    void any_therapist_goes_to_the_one_whose_choice_leaves_no_unsellable_gap() {
        // Therapist 1 is free 09:00-09:50 before a booking: a 30-minute slot there leaves 10 unsellable minutes.
        // Therapist 2 has a free morning: placing it at 09:00 leaves a long, sellable rest.
        var one = therapist(1, day.between("09:00", "12:00"), day.between("09:50", "11:00"));
        var two = therapist(2, day.between("09:00", "12:00"), day.between("11:00", "12:00"));
        var slots = find(List.of(one, two), List.of(room(1)), List.of(), request(30, List.of(), "09:00", "09:15", null));
        assertThat(slots.getFirst().therapistId()).isEqualTo(2);
    }

    @Test
    void between_equally_good_choices_the_least_booked_therapist_gets_the_guest() {
        var busier = therapist(1, day.between("09:00", "17:00"), day.between("13:00", "16:00"));
        var lighter = therapist(2, day.between("09:00", "17:00"), day.between("13:00", "14:00"));
        var slots = find(List.of(busier, lighter), List.of(room(1)), List.of(), request(30, List.of(), "09:00", "09:15", null));
        assertThat(slots.getFirst().therapistId()).isEqualTo(2);
    }

    @Test
    void walk_ins_start_at_the_first_grid_line_after_the_lead_time() {
        var now = day.at("14:03");
        assertThat(SlotRequest.walkInStart(now, Duration.ofMinutes(5), Duration.ofMinutes(15), Day.BERLIN))
                .isEqualTo(day.at("14:15"));
        assertThat(SlotRequest.walkInStart(day.at("14:10"), Duration.ofMinutes(5), Duration.ofMinutes(15), Day.BERLIN))
                .isEqualTo(day.at("14:15"));
    }

    @Test
    void the_limit_caps_the_number_of_slots() {
        var r = new SlotRequest(MASSAGE, 30, List.of(), day.at("09:00"), day.at("17:00"), null,
                Duration.ofMinutes(5), Duration.ZERO, Duration.ofMinutes(30), 3);
        assertThat(find(List.of(therapist(1, day.between("09:00", "17:00"))), List.of(room(1)), List.of(), r)).hasSize(3);
    }

    @Test
    void a_search_over_a_long_range_jumps_over_nights_and_days_off() {
        // Only one shift, a year after the search starts: the engine must not walk every grid line in between.
        Day later = Day.of("2027-11-22");
        var slots = find(List.of(therapist(1, later.between("09:00", "10:00"))), List.of(room(1)), List.of(),
                new SlotRequest(MASSAGE, 30, List.of(), day.at("00:00"), later.at("23:00"), null, Duration.ofMinutes(5),
                        Duration.ZERO, Duration.ofMinutes(30), 100));
        assertThat(slots).extracting(Slot::start).first().isEqualTo(later.at("09:00"));
        assertThat(slots).hasSize(7);
    }

    @Test
    void a_therapist_not_trained_for_a_chosen_add_on_is_never_offered_for_it() {
        var stones = new Extra(15, Extra.Placement.DURING, null, 1, HOT_STONES);
        var massageOnly = new TherapistCalendar(1, Set.of(MASSAGE), List.of(day.between("09:00", "17:00")), List.of(),
                List.of(), Set.of());
        var trained = new TherapistCalendar(2, Set.of(MASSAGE), List.of(day.between("09:00", "17:00")), List.of(),
                List.of(), Set.of(HOT_STONES));
        var slots = find(List.of(massageOnly, trained), List.of(room(1)), List.of(),
                request(30, List.of(stones), "09:00", "17:00", null));
        assertThat(slots).isNotEmpty().extracting(Slot::therapistId).containsOnly(2L);
        assertThat(find(List.of(massageOnly), List.of(room(1)), List.of(),
                request(30, List.of(stones), "09:00", "17:00", null))).isEmpty();
        assertThat(find(List.of(massageOnly), List.of(room(1)), List.of(),
                request(30, List.of(), "09:00", "17:00", null))).isNotEmpty();
    }

    @Test
    void a_therapist_trained_for_the_chosen_add_on_is_offered_when_named() {
        var stones = new Extra(15, Extra.Placement.DURING, null, 1, HOT_STONES);
        var trained = new TherapistCalendar(2, Set.of(MASSAGE), List.of(day.between("09:00", "17:00")), List.of(),
                List.of(), Set.of(HOT_STONES));
        assertThat(find(List.of(trained), List.of(room(1)), List.of(),
                request(30, List.of(stones), "09:00", "17:00", 2L))).isNotEmpty();
    }
}
