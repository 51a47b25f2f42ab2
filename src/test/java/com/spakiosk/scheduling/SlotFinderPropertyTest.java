package com.spakiosk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The engine against the brute-force oracle on 10,000 random schedules: the same starts,
 * and every slot it offers is within a shift, qualified, free for therapist and room, and
 * within the equipment that exists. Days include both DST changes in Berlin.
 */
class SlotFinderPropertyTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final List<LocalDate> DAYS = List.of(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-03-29"),
            LocalDate.parse("2026-10-25"), LocalDate.parse("2026-06-15"));
    static final long HEATER = 100;
    static final long BATH = 101;
    static final long SOAK_ADD_ON = 201;
    static final long STONES_ADD_ON = 202;

    @Property(tries = 10_000)
    void the_engine_finds_exactly_the_oracles_starts_and_only_valid_slots(@ForAll long seed) {
        var random = new Random(seed);
        LocalDate day = DAYS.get(random.nextInt(DAYS.size()));
        Snapshot snapshot = randomSnapshot(random, day);
        SlotRequest request = randomRequest(random, day, snapshot);

        List<Slot> slots = new SlotFinder().find(snapshot, request);
        List<Instant> oracle = new BruteForceSlotFinder().feasibleStarts(snapshot, request);

        assertThat(slots).extracting(Slot::start).as("seed %d", seed).containsExactlyElementsOf(oracle);
        for (Slot slot : slots) {
            assertValid(snapshot, request, slot, seed);
        }
    }

    static void assertValid(Snapshot snapshot, SlotRequest request, Slot slot, long seed) {
        var therapist = snapshot.therapists().stream().filter(t -> t.therapistId() == slot.therapistId()).findFirst()
                .orElseThrow();
        var room = snapshot.rooms().stream().filter(r -> r.roomId() == slot.roomId()).findFirst().orElseThrow();
        assertThat(BruteForceSlotFinder.isValidTherapist(therapist, request, slot.session(), slot.blocked()))
                .as("therapist valid, seed %d", seed).isTrue();
        assertThat(BruteForceSlotFinder.isValidRoom(room, request, slot.blocked())).as("room valid, seed %d", seed)
                .isTrue();
        assertThat(BruteForceSlotFinder.equipmentFits(snapshot, slot.equipment())).as("equipment, seed %d", seed)
                .isTrue();
        assertThat(slot.end()).isEqualTo(slot.start().plus(request.sessionLength()));
    }

    static Snapshot randomSnapshot(Random random, LocalDate day) {
        List<TherapistCalendar> therapists = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 1; i <= count; i++) {
            Set<Long> skills = new HashSet<>();
            for (long treatment = 1; treatment <= 3; treatment++) {
                if (random.nextInt(3) > 0) {
                    skills.add(treatment);
                }
            }
            int startHour = 6 + random.nextInt(6);
            int length = 2 + random.nextInt(8);
            var shift = new ShiftTemplate(day.getDayOfWeek(), LocalTime.of(startHour, 5 * random.nextInt(12)),
                    LocalTime.of(Math.min(23, startHour + length), 0), randomBreaks(random, startHour, length));
            List<Interval> timeOff = random.nextInt(8) == 0 ? List.of(randomInterval(random, day, 60, 180)) : List.of();
            var working = WorkingTime.between(List.of(shift), day, day.plusDays(1), ZONE, timeOff);
            Set<Long> addOnSkills = new HashSet<>();
            for (long addOn = SOAK_ADD_ON; addOn <= STONES_ADD_ON; addOn++) {
                if (random.nextInt(3) > 0) {
                    addOnSkills.add(addOn);
                }
            }
            therapists.add(new TherapistCalendar(i, skills, working, randomIntervals(random, day, 6, 15, 100), List.of(),
                    addOnSkills));
        }
        List<RoomCalendar> rooms = new ArrayList<>();
        for (int r = 1; r <= 1 + random.nextInt(4); r++) {
            Set<Long> suits = new HashSet<>();
            for (long treatment = 1; treatment <= 3; treatment++) {
                if (random.nextInt(4) > 0) {
                    suits.add(treatment);
                }
            }
            rooms.add(new RoomCalendar(r, suits, randomIntervals(random, day, 5, 15, 100)));
        }
        List<EquipmentCalendar> equipment = List.of(
                new EquipmentCalendar(HEATER, random.nextInt(4), randomIntervals(random, day, 6, 15, 90)),
                new EquipmentCalendar(BATH, random.nextInt(3), randomIntervals(random, day, 4, 10, 30)));
        return Snapshot.of(ZONE, therapists, rooms, equipment);
    }

    static List<ShiftTemplate.LocalBreak> randomBreaks(Random random, int startHour, int length) {
        if (length < 4 || random.nextInt(3) == 0) {
            return List.of();
        }
        LocalTime start = LocalTime.of(startHour + 2 + random.nextInt(length - 3), 5 * random.nextInt(12));
        return List.of(new ShiftTemplate.LocalBreak(start, start.plusMinutes(15 + 15 * random.nextInt(3))));
    }

    static List<Interval> randomIntervals(Random random, LocalDate day, int maxCount, int minMinutes, int maxMinutes) {
        List<Interval> intervals = new ArrayList<>();
        int count = random.nextInt(maxCount + 1);
        for (int i = 0; i < count; i++) {
            intervals.add(randomInterval(random, day, minMinutes, maxMinutes));
        }
        return intervals;
    }

    static Interval randomInterval(Random random, LocalDate day, int minMinutes, int maxMinutes) {
        Instant start = day.atTime(6, 0).atZone(ZONE).toInstant().plus(Duration.ofMinutes(5L * random.nextInt(16 * 12)));
        return Interval.of(start, Duration.ofMinutes(minMinutes + 5L * random.nextInt((maxMinutes - minMinutes) / 5 + 1)));
    }

    static SlotRequest randomRequest(Random random, LocalDate day, Snapshot snapshot) {
        List<Extra> extras = new ArrayList<>();
        if (random.nextBoolean()) {
            extras.add(new Extra(10, Extra.Placement.BEFORE, BATH, 1, SOAK_ADD_ON));
        }
        if (random.nextBoolean()) {
            extras.add(new Extra(15, Extra.Placement.DURING, HEATER, 1, STONES_ADD_ON));
        }
        if (random.nextBoolean()) {
            extras.add(new Extra(0, Extra.Placement.DURING, null));
        }
        Long preferred = random.nextInt(3) == 0 ? (long) (1 + random.nextInt(snapshot.therapists().size())) : null;
        Instant earliest = day.atStartOfDay(ZONE).toInstant().plus(Duration.ofMinutes(random.nextInt(14 * 60)));
        return new SlotRequest(1 + random.nextInt(3), List.of(30, 45, 60).get(random.nextInt(3)), extras, earliest,
                day.plusDays(1).atStartOfDay(ZONE).toInstant(), preferred,
                Duration.ofMinutes(List.of(5, 15).get(random.nextInt(2))),
                Duration.ofMinutes(List.of(0, 10, 15).get(random.nextInt(3))), Duration.ofMinutes(30), 1000);
    }
}
